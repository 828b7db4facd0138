#!/usr/bin/python3
"""Writes gold/*.json (written outside the repository as /work/blind-v) (all gold records of the blind split V in one reviewable file)."""
import json, os
G = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'gold')
R = {}

R['v01-nato-eu-2016-nato-int'] = {
 "$comment": "REAL text (NATO news release, nato.int), https://www.nato.int/cps/en/natohq/news_138122.htm?selectedLocale=en ; verbatim as the index holds it (the opening quotation mark of Ducaru's quote is missing there, kept so; en dashes made ASCII). Two organizations, no country. 'today (25 November 2016)'. **No place** in the text. 'The high-level staff dialogue' is not a series name: no series, no round. Ducaru and Serrano are quoted, not said to lead: no heads, no delegations. Topics: object of 'to discuss', of 'featured updates on' (split at 'such as' and 'and') and of 'were also discussed' (split at 'in areas such as'). Related events: the Technical Arrangement 'Earlier this year' (2016) and the Cyber Coalition Exercise 'in a few days' in Estonia.",
 "date": "2016-11-25", "status": "held",
 "participants": ["nato", "eu"],
 "topics": [
  "the next practical steps in NATO-EU cooperation on cyber defence",
  "recent developments",
  "NATO's Cyber Defence Pledge",
  "the implementation of the EU's Network and Information Security (NIS) Directive",
  "Proposals for increased cooperation",
  "information exchange"],
 "related_events": [
  {"description": "NATO and the EU concluded a Technical Arrangement on Cyber Defence", "date": "2016"},
  {"description": "representatives from the EU will join NATO and national cyber defence experts in the Alliance's annual Cyber Coalition Exercise in Estonia", "location": {"name": "Estonia", "country": "EE"}}]
}

R['v02-co-us-2024-wirenn'] = {
 "$comment": "REAL text (joint statement of the two governments, State Dept release via wirenn.com), https://wirenn.com/post/joint-statement-on-the-xi-high-level-dialogue-colombia-united-states ; ADAPTED: the headline is mine (from the address); the last, cut sentence ('Delegations from both countries affirmed that the comprehensive dialogue in the eight working groups represents a diversity of joint actions a...') dropped; quotes made straight. **Joint statement**; policy dialogue, cyber absent. 'XI' = round 11; two-day 'May 28-29, 2024'. Place 'at the San Carlos Palace in Bogota' written as Bogota (accent as in the text: none). Series as written ('the XI High-Level Dialogue', without the ordinal). Heads: the two principals who 'met in the presence of delegations' (titles without 'of Colombia'/'of the United States'). No topics: the list of 'areas such as ...' is the object of 'reaffirmed their commitment to move forward with concrete actions' (a commitment), and the 'Vida Colombia Strategy' is an outcome.",
 "series": "High-Level Dialogue",
 "round": 11, "date": "2024-05-28", "end_date": "2024-05-29", "status": "held",
 "location": {"name": "Bogota", "country": "CO"},
 "participants": ["CO", "US"],
 "delegations": [
  {"country": "CO", "head": {"name": "Luis Gilberto Murillo Urrutia", "title": "Minister of Foreign Affairs"}},
  {"country": "US", "head": {"name": "Richard Verma", "title": "Deputy Secretary of State for Management and Resources"}}]
}

R['v03-eu-mx-2017-ec-news'] = {
 "$comment": "REAL text (European Commission digital-single-market news item), https://ec.europa.eu/digital-single-market/en/news/1st-eu-mexico-dialogue-digital-economy-19th-may-2017-brussels ; verbatim (the photo caption line kept as the page has it). **Digital dialogue**, EU as a side; 'first' = round 1; 'On 19 May 2017'. **No place in the text** (the address says Brussels; not used). Series as written ('the first dialogue on the digital economy between the EU and Mexico', without the ordinal); participants in that order. Co-chairs one per side: Viola (title as written; no separate agency), Olvera Jiménez (title/agency split from 'Undersecretary of Communications of the Ministry of Communications and Transport'). Topic: what 'The wide-ranging discussion noted'. 'agreed to pursue discussions on connectivity and infrastructure investment' is an agreement, not a topic.",
 "series": "dialogue on the digital economy between the EU and Mexico",
 "round": 1, "date": "2017-05-19", "status": "held",
 "participants": ["eu", "MX"],
 "topics": ["the importance of Mexico's reforms for developing a competitive market"],
 "delegations": [
  {"country": "eu", "head": {"name": "Roberto Viola", "title": "Director-General of Communications Networks, Content and Technology"}},
  {"country": "MX", "head": {"name": "Edgar Olvera Jiménez", "title": "Undersecretary of Communications", "agency": "Ministry of Communications and Transport"}}]
}

R['v04-eu-mx-2020-eeas-joint-committee-virtual'] = {
 "$comment": "REAL text (EEAS joint press release), https://eeas.europa.eu/topics/culture/81329/xiii-eu-mexico-joint-committee_en ; the last, cut sentence ('They also exchanged views an...') dropped; quotes and dashes made ASCII, bullets as '*'. **By videoconference**: attendance virtual, no location ('Brussels, 22/06/2020' is the date line). 'XIII' = round 13; 'On 22 June 2020'. Participants in the order of 'the European Union and Mexico'. Heads: the two who 'headed' each delegation; Hrda's title/agency split from 'the European External Action Service's Managing Director for the Americas'. Topics: objects of 'took stock of' (split at 'and of') and 'reviewed'. Agreements (speeding up procedures, a Joint Council) are outcomes; the Joint Council, the previous Joint Committee and the three July 2020 meetings are related events.",
 "series": "EU-Mexico Joint Committee",
 "round": 13, "date": "2020-06-22", "status": "held",
 "attendance": "virtual",
 "participants": ["eu", "MX"],
 "topics": [
  "joint work under the EU-Mexico Strategic Partnership (2008)",
  "the process to modernise the EU-Mexico \"Global Agreement\"",
  "the agenda of EU-Mexico dialogues under the Strategic Partnership for the rest of 2020"],
 "delegations": [
  {"country": "MX", "head": {"name": "Julian Ventura", "title": "Vice-Minister for Foreign Affairs"}},
  {"country": "eu", "head": {"name": "Edita Hrda", "title": "Managing Director for the Americas", "agency": "European External Action Service"}}],
 "related_events": [
  {"description": "The previous Joint Committee was held in Mexico City on 10 - 11 June 2013", "date": "2013-06-10", "location": {"name": "Mexico City", "country": "MX"}},
  {"description": "a Joint Council at Ministerial level will be held before the end of 2020", "date": "2020"},
  {"description": "the Civil Society Seminar, by videoconference", "date": "2020-07-09"},
  {"description": "EU-Mexico High Level Dialogue on Human Rights, by videoconference", "date": "2020-07-10"},
  {"description": "EU-Mexico High Level Dialogue on Climate Change, by videoconference", "date": "2020-07-16"}]
}

R['v05-gb-ma-2018-gov-uk'] = {
 "$comment": "REAL text (UK government news, gov.uk), https://www.gov.uk/government/news/inaugural-uk-morocco-strategic-dialogue-held-in-london ; ADAPTED: the headline (from the address) and the line 'Published: 2018-07-05' (page date the index gives) are mine. **Strategic dialogue told in a minister's first-person quote**; 'Inaugural'/'first ever' = round 1; 'today' = the Published date. Place 'here in London'. Heads: Johnson hosted (title 'Foreign Secretary'); for Morocco the Foreign Minister Bourita (surname only in the text); Secretary of State Boucetta also came but is not written as a head (see README doubts). Topics: the four themes of 'agreed to focus our discussion on', the object of 'discussed how', and the items of 'We also discussed' (split at commas and 'and'). The exchange of letters and the education agreement are outcomes; the next dialogue in Rabat is a related event (no date).",
 "series": "UK-Morocco Strategic Dialogue",
 "round": 1, "date": "2018-07-05", "status": "held",
 "location": {"name": "London", "country": "GB"},
 "participants": ["GB", "MA"],
 "topics": [
  "Political-Diplomatic", "Security", "Economic", "Cultural",
  "how a working group could maintain contact and momentum",
  "transport and tourist security",
  "regional politics",
  "trade",
  "investment"],
 "delegations": [
  {"country": "GB", "head": {"name": "Boris Johnson", "title": "Foreign Secretary"}},
  {"country": "MA", "head": {"name": "Bourita", "title": "Foreign Minister"}}],
 "related_events": [
  {"description": "the next dialogue in Rabat", "location": {"name": "Rabat", "country": "MA"}}]
}

R['v06-us-cl-2024-thxnews'] = {
 "$comment": "REAL text (news rewrite, thxnews.com, of a State Dept joint statement), https://thxnews.com/2024/10/08/u-s-chile-high-level-dialogue ; the last, cut paragraph ('Enhancing Regional Security ... transnational crimi...') dropped; quotes made straight. **'The Facts:' bullet list** with 'Event:', 'Date: October 2, 2024', 'Key participants:' (offices only) and 'Focus areas:'. Place 'in Washington, DC'. Head only for the US: Campbell, the one named participant, whose office is a 'Key participant' (the Chilean Under-Secretary is not named: no Chilean head). Topics: the 'Focus areas' (split at commas and 'and'), the objects of 'Discussions also centered on' and 'also addressed' (split at 'including' and 'and'). 'highlighted ... milestones' and 'underscored the importance of' are not topics.",
 "series": "U.S.-Chile High-Level Dialogue",
 "date": "2024-10-02", "status": "held",
 "location": {"name": "Washington, DC", "country": "US"},
 "participants": ["US", "CL"],
 "topics": [
  "Democracy", "economic growth", "security", "environmental conservation",
  "energy security", "critical minerals supply chains",
  "international conflicts", "ongoing tensions in the Middle East", "Russia's invasion of Ukraine"],
 "delegations": [
  {"country": "US", "head": {"name": "Kurt M. Campbell", "title": "Deputy Secretary of State"}}]
}

R['v07-us-cl-2007-state-archive'] = {
 "$comment": "REAL text (State Dept media note in the End of Term web archive, with the page's navigation clutter), https://webarchive.library.unt.edu/eot2008/20081006101129/http://www.state.gov/r/pa/prs/ps/2007/apr/83048.htm ; the copy breaks off inside the third paragraph ('Chile and the United States sha...'), dropped from there. **Page with navigation and breadcrumb clutter**; **joint statement** of a foreign ministers' meeting (no series, no round). 'Friday, April 13' under 'April 13, 2007' (a Friday). No place for the meeting ('Washington, DC' is the media note's header). Heads: the two ministers. Topic: object of 'discussed'. The decisions on education and the trade figure are outcomes/background.",
 "date": "2007-04-13", "status": "held",
 "participants": ["US", "CL"],
 "topics": ["a number of policies and initiatives that reflect the excellent state of relations between the United States and Chile"],
 "delegations": [
  {"country": "US", "head": {"name": "Condoleezza Rice", "title": "Secretary of State"}},
  {"country": "CL", "head": {"name": "Alejandro Foxley", "title": "Foreign Minister"}}]
}

R['v08-us-ng-2024-bahamaschronicle'] = {
 "$comment": "REAL text (news repost of a State Dept statement), https://bahamaschronicle.com/2024-u-s-nigeria-binational-commission-concludes-in-abuja ; verbatim (em dash and apostrophes made ASCII). **African pair**; binational commission, cyber one of four discussion areas. Dateline 'WASHINGTON, D.C., April 30, 2024' is not the place; the place is Abuja. 'sixth round' = round 6; two-day 'April 29-30, 2024'. Co-chairs one per side (titles without 'U.S.'/'Nigerian'). Topics: the four areas of 'four discussions on expanding our cooperation ... in the areas of:' (the text counts four) and the object of 'The two sides discussed'. Related events: the 23 January 2024 Tinubu-Blinken meeting in Abuja, the last BNC (Washington, February 2020), and the announced July visit and October symposium.",
 "series": "U.S.-Nigeria Binational Commission",
 "round": 6, "date": "2024-04-29", "end_date": "2024-04-30", "status": "held",
 "location": {"name": "Abuja", "country": "NG"},
 "participants": ["US", "NG"],
 "topics": [
  "cybercrime",
  "the African Growth and Opportunity Act",
  "food security",
  "growth in the digital economy and emerging technologies",
  "how U.S. assistance could augment Nigeria's efforts in these areas"],
 "delegations": [
  {"country": "US", "head": {"name": "Kurt M. Campbell", "title": "Deputy Secretary of State"}},
  {"country": "NG", "head": {"name": "Yusuf Tuggar", "title": "Foreign Minister"}}],
 "related_events": [
  {"description": "the January 23, 2024, meeting between President Bola Tinubu and Secretary of State Antony J. Blinken in Abuja", "date": "2024-01-23",
   "location": {"name": "Abuja", "country": "NG"},
   "attendees": [{"name": "Bola Tinubu", "title": "President", "country": "NG"}, {"name": "Antony J. Blinken", "title": "Secretary of State", "country": "US"}]},
  {"description": "the last BNC held in Washington, D.C. in February 2020", "date": "2020-02", "location": {"name": "Washington, D.C.", "country": "US"}},
  {"description": "a visit of the President's Advisory Council on African Diaspora Engagement to Nigeria in July", "date": "2024-07"},
  {"description": "a major symposium in Washington, D.C. in October to bring together American and Nigerian technology leaders", "date": "2024-10", "location": {"name": "Washington, D.C.", "country": "US"}}]
}

R['v09-us-ng-2020-allafrica-announced'] = {
 "$comment": "REAL text (State Dept media note via allAfrica), https://allafrica.com/stories/202002020128.html ; the trailing 'Tagged:', copyright and 'See What Everyone is Watching' / 'More From' clutter dropped; apostrophes and quotes made straight. **Announcement of a future meeting** (status announced): 'On February 3-4' under the date line '31 January 2020' -> 2020-02-03 to 2020-02-04. Place Washington, D.C. (the Nigerian delegation is received 'to Washington, D.C., for' the BNC; the allAfrica '(Washington, DC)' credit line alone would not count). No round. Head: the Nigerian Foreign Minister with 'his interagency delegation'; no U.S. head named. Topics: object of 'Our delegations will discuss', split at 'particularly in the areas of', commas and 'and'. The theme 'Innovation and Ingenuity' is not a topic.",
 "series": "U.S.-Nigeria Binational Commission",
 "date": "2020-02-03", "end_date": "2020-02-04", "status": "announced",
 "location": {"name": "Washington, D.C.", "country": "US"},
 "participants": ["US", "NG"],
 "topics": [
  "areas of strategic collaboration toward measurable progress",
  "trade", "investment", "development", "good governance", "security cooperation"],
 "delegations": [
  {"country": "NG", "head": {"name": "Geoffrey Onyeama", "title": "Foreign Minister"}}]
}

R['v10-cy-il-gr-2021-financialmirror'] = {
 "$comment": "REAL text (Cypriot news story, Financial Mirror), https://www.financialmirror.com/2021/08/23/cyprus-israel-greece-agree-to-deepen-defence-energy-ties/ ; ADAPTED: the headline (from the address) and the line 'Published: 2021-08-23' (date in the address and the index) are mine; the last, cut sentence ('He s...') dropped; quotes made straight. **Trilateral foreign ministers' meeting** (no series, no round); 'Sunday's trilateral meeting' before the Monday 23 August 2021 -> 2021-08-22. Place: country only ('in Israel'). Participants in the headline's order. Heads: the three ministers; Dendias has no title in the text ('his counterparts'). Topics: 'to address regional issues', the object of 'we discussed' and its 'Including ...' list (split at commas and '&'). The bilateral talks with Elharrar and Gantz are a related event (no date given).",
 "date": "2021-08-22", "status": "held",
 "location": {"name": "Israel", "country": "IL"},
 "participants": ["CY", "IL", "GR"],
 "topics": [
  "regional issues",
  "creating a basis for expanding the cooperation between the countries in a variety of fields",
  "the fight against COVID19",
  "the formation of coalitions in the field of energy",
  "tackling common challenges related to the climate crisis"],
 "delegations": [
  {"country": "CY", "head": {"name": "Nikos Christodoulides", "title": "Foreign Minister"}},
  {"country": "IL", "head": {"name": "Yair Lapid", "title": "Foreign Minister"}},
  {"country": "GR", "head": {"name": "Nikos Dendias"}}],
 "related_events": [
  {"description": "He also held talks with Israel's Energy Minister Karine Elharrar and Defence Minister Benny Gantz",
   "attendees": [{"name": "Nikos Christodoulides", "title": "Foreign Minister", "country": "CY"}, {"name": "Karine Elharrar", "title": "Energy Minister", "country": "IL"}, {"name": "Benny Gantz", "title": "Defence Minister", "country": "IL"}]}]
}

R['v11-il-cy-gr-2021-latestly-ani-xinhua'] = {
 "$comment": "REAL text (ANI/Xinhua wire via LatestLY), https://www.latestly.com/agency-news/world-news-israeli-pm-hosts-trilateral-meeting-with-greek-cypriot-leaders-3132058.html ; ADAPTED: the headline (from the address) and the line 'Published: 2021-12-07' (page date in the index) are mine. **Trilateral leaders' meeting** (no series, no round). Dateline 'Jerusalem [Israel], December 7 (ANI/Xinhua):' and 'a trilateral meeting here on Tuesday' (2021-12-07 is a Tuesday): the place is written as Jerusalem because the body says 'here' (see README doubts: a reader may write none). Participants in the order of the first sentence (host first). Heads: the three leaders, titles without nationality. Topics: objects of 'talked about' and 'The meeting included discussions over' (split at commas and 'and'). The Israel-Cyprus deal signed the same day is a related event.",
 "date": "2021-12-07", "status": "held",
 "location": {"name": "Jerusalem", "country": "IL"},
 "participants": ["IL", "CY", "GR"],
 "topics": [
  "regional security", "economy", "development",
  "cooperation against COVID-19", "climate change",
  "how to be better prepared to face emergency situations"],
 "delegations": [
  {"country": "IL", "head": {"name": "Naftali Bennett", "title": "Prime Minister"}},
  {"country": "CY", "head": {"name": "Nicos Anastasiades", "title": "President"}},
  {"country": "GR", "head": {"name": "Kyriakos Mitsotakis", "title": "Prime Minister"}}],
 "related_events": [
  {"description": "Israel and Cyprus signed a cooperation deal regarding scientific research and technology", "date": "2021-12-07"}]
}

R['v12-cl-co-mx-pe-eu-2021-alianzapacifico'] = {
 "$comment": "REAL text (Pacific Alliance website), https://ww2.alianzapacifico.net/en/the-pacific-alliance-and-the-european-union-held-three-cooperation-workshops-on-digital-economy-and-society/ ; verbatim. **Five participants**: the Pacific Alliance (no registered organization) is written as its four members named in the text (Chile, Colombia, Mexico, Peru), then the EU. Three-day 'between June 15 and 17, 2021'. No place, no persons, no series ('a series of cooperation workshops'), no round. Topics: items of 'addressed topics such as', split at semicolons, 'and', 'especially in relation to' and 'as well as'. Agreements (technical meetings) are outcomes; the September 2019 Joint Declaration is a related event.",
 "date": "2021-06-15", "end_date": "2021-06-17", "status": "held",
 "participants": ["CL", "CO", "MX", "PE", "eu"],
 "topics": [
  "the digitization of public services",
  "digital identity",
  "electronic signature",
  "sustainable, secure and efficient digital infrastructures",
  "5G",
  "cybersecurity",
  "the digital transformation of companies and public services"],
 "related_events": [
  {"description": "the Joint Declaration of the European Union (EU) and the Pacific Alliance (PA) established a framework for cooperation between the two blocs", "date": "2019-09"}]
}

os.makedirs(G, exist_ok=True)
for name, rec in R.items():
    with open(os.path.join(G, name + '.json'), 'w', encoding='utf-8') as f:
        json.dump(rec, f, ensure_ascii=False, indent=1)
        f.write('\n')
print(len(R), 'records written')
