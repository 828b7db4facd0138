#!/usr/bin/python3
"""Writes /work/blind-f/gold/*.json (all gold records in one reviewable file)."""
import json, os
G = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'gold')
R = {}

R['f01-us-mx-2022-state-page'] = {
 "$comment": "Body REAL (joint statement text as the index holds the state.gov page https://www.state.gov/joint-statement-on-u-s-mexico-working-group-on-cyber-issues/ ); the .gov banner and 'The Lessons of 1989' footer line are the page's own; the rest of the HTML (menus, breadcrumbs, tags, related-article titles, scripts) is ILLUSTRATIVE. ADAPTED: the 'Media Note', 'Office of the Spokesperson' and 'August 18, 2022' lines are mine (the date from executivegov.com 2022-08-19: 'the State Department said Thursday'); the copy breaks off in the fourth paragraph ('The two governments also discussed their sha...'), which is dropped. Date 'On August 10' takes the year of the date line: 2022-08-10. No place named. Series = the working group as named. No round: 'its first bilateral cyber dialogue since the establishment of the ... Bicentennial Framework' is qualified, not a first meeting of the series (see README doubts). No person or agency named: no delegations. Topics: objects of 'addressed' and 'discussed'. HLSD/HLED are bilateral mechanisms, not multilateral venues.",
 "series": "U.S.-Mexico Working Group on Cyber Issues",
 "date": "2022-08-10", "status": "held",
 "participants": ["US", "MX"],
 "topics": [
  "various aspects of each country's institutional structure and strategy for dealing with threats in cyberspace",
  "institutional capabilities to prevent and counter cybercrime",
  "efforts to foster a greater culture of cybersecurity awareness and cyber hygiene",
  "specific cooperation efforts in cyber defense and cybersecurity",
  "the protection of critical infrastructure"]
}

R['f02-eu-nato-2024-byteseu'] = {
 "$comment": "REAL text, verbatim (curly quotes made straight), https://byteseu.com/505271 (repost of an EEAS/NATO news item; no date line in the copy). Both sides are organizations (eu, nato), EU first. 'first Structured Dialogue on Cyber' = round 1. Date 'October 4th' has no year in the text: 2024 follows from 'The next meeting will be held in 2025' (the text's 'Joint Declarations of 2016, 2018 and 2021' is as written). No place, no persons, no agencies ('EU and NATO staffs'). Topics: objects of 'discussed' (split at 'including on'), 'took stock of', 'identified new opportunities for cooperation in the areas of' and 'explored'. The earlier High-Level Staff Talks are background.",
 "series": "EU-NATO Structured Dialogue on Cyber",
 "round": 1, "date": "2024-10-04", "status": "held",
 "participants": ["eu", "nato"],
 "topics": [
  "how to further increase their coordination",
  "recent initiatives that aim to enhance their ability to detect, deter and defend against cyber-attacks",
  "recent developments",
  "enhancing cyber resilience and protection of critical infrastructure",
  "effective cyber crisis management",
  "how to further advance the alignment of their respective cyber defence frameworks and instruments to respond to malicious cyber activities"]
}

R['f03-in-eu-2020-truthdive'] = {
 "$comment": "REAL text (a machine-translated-looking news item on an MEA statement), https://truthdive.com/2020/12/17/india-and-the-eu-reaffirm-their-commitment-to-open-free-and-accessible-cyberspace/ ; headline rebuilt from the page address and the line 'December 17, 2020 | Opinion' is mine (page date). 'sixth edition' = round 6; 'December 14' takes the year of the publication line. 'hosted by India' names no city: no location (not said to be virtual either). Heads as written, including the odd 'Co-Secretary' and 'Ministry of Foreign Affairs' (acronym '(MEA)' dropped) and the French acronym 'SEAE' as the EU head's agency; 'Dr.' dropped. Topics: items of 'discussed ..., including' and 'Discussions covered', split at commas; 'and more' dropped; 'cybercrime cooperation and capacity building' split at 'and'. Venues: the acronyms as the text gives them. Next dialogue in Brussels is a plan, not an event with a date.",
 "series": "India-EU Cyber Dialogue",
 "round": 6, "date": "2020-12-14", "status": "held",
 "participants": ["IN", "eu"],
 "topics": [
  "multilateral and regional cooperation",
  "regional settings",
  "multilateral and regional cooperation on stability in cyberspace on UN platforms in GGE, OEWG or in regional settings",
  "relevant discussions in OSCE and ARF",
  "the Diplomacy Toolkit cybercrime",
  "cybercrime cooperation",
  "capacity building",
  "contemporary issues and exchanges on cyber policy",
  "Internet governance",
  "new emerging cyber-related technologies"],
 "venues": ["UN", "GGE", "OEWG", "OSCE", "ARF"],
 "delegations": [
  {"country": "IN", "head": {"name": "S Janakiraman", "title": "Co-Secretary of the Cyber Diplomacy Division", "agency": "Ministry of Foreign Affairs"}, "agencies": ["Ministry of Foreign Affairs"]},
  {"country": "eu", "head": {"name": "Joanneke Balfoort", "title": "Director of Security and Defense", "agency": "SEAE"}, "agencies": ["SEAE"]}]
}

R['f04-de-kr-2016-aa-translated'] = {
 "$comment": "ADAPTED (translated by me from German). Federal Foreign Office, 'Erstmals deutsch-koreanische Cyber-Konsultationen in Berlin', Stand 21.06.2016, http://www.auswaertiges-amt.de/DE/Aussenpolitik/Themen/Cyber-Aussenpolitik/160621_dt_kor_Konsultationen.html ; names of German ministries are my English renderings of the German names (Bundesministerium des Innern, ... der Justiz und fuer Verbraucherschutz, ... der Verteidigung, Bundesamt fuer Sicherheit in der Informationstechnik); 'Cyber-Beauftragter' -> 'Cyber Commissioner'. German first ('deutsch-koreanische'). 'first' = round 1; series my translation of 'deutsch-koreanische Cybersicherheits-Konsultationen'. Place: the Federal Foreign Office in Berlin. Heads: 'Ambassador' dropped from the names; Shin's only title is 'Ambassador' (kept as title) and 'the Korean Ministry of Foreign Affairs' gives 'Ministry of Foreign Affairs'. German agencies in text order, the Federal Foreign Office (head's agency) first as in the text. Topics: 'covered', 'an exchange on' (split at commas and 'and'), 'exchange of views on'. The UN GGE also as a venue.",
 "series": "German-Korean cyber security consultations",
 "round": 1, "date": "2016-06-20", "status": "held",
 "location": {"name": "Berlin", "country": "DE"},
 "participants": ["DE", "KR"],
 "topics": [
  "a number of central topics of cyber security policy",
  "the respective state structures",
  "current legal questions",
  "cooperation in combating online crime",
  "the coming United Nations Group of Governmental Experts on cyber security"],
 "venues": ["United Nations Group of Governmental Experts"],
 "delegations": [
  {"country": "DE", "head": {"name": "Thomas Fitschen", "title": "Cyber Commissioner", "agency": "Federal Foreign Office"},
   "agencies": ["Federal Foreign Office", "Federal Ministry of the Interior", "Federal Ministry of Justice and Consumer Protection", "Federal Ministry of Defence", "Federal Office for Information Security"]},
  {"country": "KR", "head": {"name": "Shin Maeng-Ho", "title": "Ambassador", "agency": "Ministry of Foreign Affairs"}, "agencies": ["Ministry of Foreign Affairs"]}]
}

R['f05-de-br-2016-aa'] = {
 "$comment": "REAL text, verbatim (the English page of the Federal Foreign Office, 'Last updated 25.02.2016'), http://www.auswaertiges-amt.de/EN/Aussenpolitik/Themen/Cyber-Aussenpolitik/160222_dt_bras_Cyberkonsultationen.html ; curly quotes made straight. 'On 22 and 23 February' takes the year of the 'Last updated' line: 2016-02-22/23. 'for the first time' = round 1; series from the headline. Place Brasilia. Topics: the objects of 'discussing' (split at commas, 'as well as' and 'and'). Fitschen is quoted, not said to lead: no head, and no delegation (see README doubts). NETmundial and the UN resolutions are background; the next consultations (Berlin, early 2017) are a plan.",
 "series": "German-Brazilian cyber consultations",
 "round": 1, "date": "2016-02-22", "end_date": "2016-02-23", "status": "held",
 "location": {"name": "Brasília", "country": "BR"},
 "participants": ["DE", "BR"],
 "topics": ["human rights in the digital era", "the digital economy", "Internet governance", "international cyber security"]
}

R['f06-eu-br-2020-eeas'] = {
 "$comment": "REAL text, verbatim, EEAS, https://eeas.europa.eu/topics/eu-international-cyberspace-policy/75021/2nd-european-union-brazil-cyber-dialogue-takes-place-brussels_en . The date line says 'Brussels, 20/02/2020' but the body says 'On 20 January 2020' (GMF articles say February 20): the gold follows the body's date of the meeting (see README doubts). '2nd'/'second' = round 2. Series as the headline names it. Delegation order as the text (Brazil first), participants EU first as in the headline. 'Mr.' dropped; 'Brazilian Ministry of Foreign Affairs' -> 'Ministry of Foreign Affairs'; Domm's title as written. EU member-state observers are not agencies. Topics: 'shared updates on' (split at 'and'), 'exchanged views on', 'shared their assessment on' (split), 'exchanged views on ways ...' kept whole. Venues: OEWG and GGE as written. The 2017 Brasilia round is background (not written as a related event).",
 "series": "European Union - Brazil Cyber Dialogue",
 "round": 2, "date": "2020-01-20", "status": "held",
 "location": {"name": "Brussels", "country": "BE"},
 "participants": ["eu", "BR"],
 "topics": [
  "recent cyber policy developments",
  "international cyberspace issues",
  "recent developments",
  "the applicability of international law to cyberspace",
  "norms of responsible State behaviour",
  "confidence building measures",
  "ways to further improve global understanding on a framework of conflict prevention, cooperation and stability in cyberspace within the UN Open Ended Working Group and the Group of Governmental Experts"],
 "venues": ["UN Open Ended Working Group", "Group of Governmental Experts"],
 "delegations": [
  {"country": "BR", "head": {"name": "Marcelo Câmara", "title": "Head of Division of Disarmament and Sensitive Technologies", "agency": "Ministry of Foreign Affairs"}, "agencies": ["Ministry of Foreign Affairs"]},
  {"country": "eu", "head": {"name": "Rory Domm", "title": "Deputy Head of Division from Security and Defence Policy Directorate", "agency": "European External Action Service"}, "agencies": ["European External Action Service"]}]
}

R['f07-eu-ca-2025-ec-council'] = {
 "$comment": "REAL body (European Commission press release IP/25/2974 as reposted at https://openrijk.nl/en/europa/europese-commissie/artikel/ip-25-2974/european-union-and-canada-strengthen-their-digital-partnership-with-a-focus-on-artificial-intelligence,-digital-identity-wallets-and-independent-media ), first five paragraphs; 'Canadas' as in the copy. ADAPTED: the lines 'European Commission - Press release' and 'Brussels, 8 December 2025' are mine (date from the Canadian release of the same meeting, newswire.ca, 'MONTREAL, Dec. 8, 2025 ... Today'); headline from the page address. 'held today' = 2025-12-08; place Montreal (the text's spelling). 'first' = round 1; series as the text names it ('Digital Partnership Council'). One co-chair per side: Virkkunen's title as written with the agency European Commission; Solomon's title as written, no agency named. No topics: the text names no list of things discussed ('set an ambitious agenda'); the MoU is an outcome. The G7 ministerial 'back-to-back' is not written (see doubts).",
 "series": "Digital Partnership Council",
 "round": 1, "date": "2025-12-08", "status": "held",
 "location": {"name": "Montreal", "country": "CA"},
 "participants": ["eu", "CA"],
 "delegations": [
  {"country": "eu", "head": {"name": "Henna Virkkunen", "title": "Executive Vice-President of the European Commission for Tech Sovereignty, Security and Democracy", "agency": "European Commission"}, "agencies": ["European Commission"]},
  {"country": "CA", "head": {"name": "Evan Solomon", "title": "Minister for Artificial Intelligence and Digital Innovation"}}]
}

R['f08-in-sg-2023-pti-defence'] = {
 "$comment": "REAL text, verbatim (PTI via LatestLY), https://www.latestly.com/agency-news/india-news-15th-india-singapore-defence-policy-dialogue-held-in-delhi-5532124.html ; headline from the page address, the line 'Agency News | Published: November 1, 2023' mine (page date). A defence policy dialogue in which cyber security is one area (the brief's 'security policy dialogues'). '15th' = round 15. 'held here on Wednesday' with the dateline 'New Delhi, Nov 1 (PTI)': the place is New Delhi because the text says 'here' (not because of the dateline); Wednesday = Nov 1, 2023. Co-chairs one per side, no agencies (the 'defence ministry' is the source of the statement). Topic: the object of 'reviewed' (twice the same thing); the steps 'articulated' and the 'means to enhance' identified are outcomes, not topics. The call on the Chief of Defence Staff and the cultural visits are side events; the ASEAN-India Maritime Exercise is background.",
 "series": "India-Singapore Defence Policy Dialogue",
 "round": 15, "date": "2023-11-01", "status": "held",
 "location": {"name": "New Delhi", "country": "IN"},
 "participants": ["IN", "SG"],
 "topics": ["the existing defence cooperation between the two countries"],
 "delegations": [
  {"country": "IN", "head": {"name": "Giridhar Aramane", "title": "Defence Secretary"}},
  {"country": "SG", "head": {"name": "Chan Heng Kee", "title": "Permanent Secretary (Defence)"}}]
}

R['f09-gb-sg-2023-wired-gov'] = {
 "$comment": "REAL text (FCDO news story via WiredGov), https://www.wired-gov.net/wg/news.nsf/articles/the+uksingapore+cyber+dialogue+19062023141000?open ; the header line and '19 June 2023' (page date from the address) are mine, headline from the address; curly apostrophes made straight; the last, cut paragraph ('Both countries reaffirmed our continued joint commitment ...') dropped. No round given. Co-chairs one per side with their agencies ('Singapore's Cyber Security Agency' -> 'Cyber Security Agency'; 'the UK's Foreign, ...' -> 'Foreign, Commonwealth and Development Office'). UK agencies: the head's, then the list in text order (NCSC from 'Lindy Cameron, CEO, National Cyber Security Centre'); Cameron is not a head. Singapore: Cyber Security Agency and 'the High Commission in London' as written. Topics: items of 'included exchanges on'; 'explored opportunities to ... align approaches towards' items are not written (see doubts). Venue: the UN.",
 "series": "UK-Singapore Cyber Dialogue",
 "date": "2023-06-13", "status": "held",
 "location": {"name": "London", "country": "GB"},
 "participants": ["GB", "SG"],
 "topics": [
  "the cyber threat landscape",
  "deterrence strategies against cyber threats",
  "international cyber capacity building",
  "international cyber policy issues including in the UN",
  "the role of public-private partnerships in cybersecurity"],
 "venues": ["UN"],
 "delegations": [
  {"country": "GB", "head": {"name": "Will Middleton", "title": "Cyber Director", "agency": "Foreign, Commonwealth and Development Office"},
   "agencies": ["Foreign, Commonwealth and Development Office", "National Cyber Security Centre", "Cabinet Office", "Department for Science, Innovation and Technology", "Home Office", "Department for Business and Trade"]},
  {"country": "SG", "head": {"name": "David Koh", "title": "Chief Executive", "agency": "Cyber Security Agency"},
   "agencies": ["Cyber Security Agency", "High Commission in London"]}]
}

R['f10-ca-eu-2024-newswire-virtual'] = {
 "$comment": "REAL text (ISED Canada statement via Cision newswire), https://www.newswire.ca/news-releases/statement-canada-and-eu-boost-their-strategic-digital-partnership-to-address-new-challenges-844772969.html ; the 'NEWS PROVIDED BY ... Feb 01, 2024' lines are in Cision's layout but written by me; en dash made ASCII; cut after the quantum paragraph. A ministerial VIRTUAL meeting 'today' = 2024-02-01: attendance virtual, no place (OTTAWA is the dateline). Not a meeting of a named dialogue series: no series, no round (the 'Canada-EU Digital Partnership' is the framework being implemented). Heads: one per side, titles as written ('the Honourable' dropped; 'European Union (EU) Commissioner for Internal Market' -> 'Commissioner for Internal Market'). Topics: the priorities of 'aims to focus on increasing cooperation on' (split at semicolons and 'and'; '(AI)' dropped), which the joint statement then takes one by one - see doubts. TRAP: the 'Digital Dialogue in February' at officials' level is a future meeting, not this one.",
 "date": "2024-02-01", "status": "held", "attendance": "virtual",
 "participants": ["CA", "eu"],
 "topics": ["artificial intelligence", "quantum science", "semiconductors", "public policy related to online platforms", "secure international connectivity", "cyber security"],
 "delegations": [
  {"country": "CA", "head": {"name": "François-Philippe Champagne", "title": "Minister of Innovation, Science and Industry"}},
  {"country": "eu", "head": {"name": "Thierry Breton", "title": "Commissioner for Internal Market"}}]
}

R['f11-in-jp-2017-ndmcolumns'] = {
 "$comment": "REAL text (a loosely reworded news item on an MEA statement), http://www.ndmcolumns.com/japan-and-india-reaffirm-promise-to-protect-cyberspace/ ; curly quotes made straight, en dash in 'India-Japan' made ASCII; the last, cut sentence ('Otaka, in Japanese Ministry of Foreign Affairs, is also a Dep...') dropped. No date and no dateline: 'conducted here last week'. Only the YEAR follows from the text: the 5th Global Conference on Cyber Space 'to be conducted in November at New Delhi this year' (GCCS 2017) -> date '2017' (year only). 'here' names no place: no location. 'Second' = round 2; series from the text's first naming ('Japan-India Cyber Dialogue'; later 'India-Japan Cyber Dialogue'). India: the 'administrators from' list plus the head's agency (MEA, named last); Japan: head only, no agency in the kept text. Topics: items of 'the regions of discussion comprised' (as written, including 'companies'). The GCCS presentation is background.",
 "series": "Japan-India Cyber Dialogue",
 "round": 2, "date": "2017", "status": "held",
 "participants": ["JP", "IN"],
 "topics": ["local landscape of cyber policy", "cyber mitigation and threats", "possible cooperation at different regional and international companies", "mechanism on bilateral cooperation"],
 "delegations": [
  {"country": "JP", "head": {"name": "Masato Otaka", "title": "Ambassador in-charge of Cyber Policy"}},
  {"country": "IN", "head": {"name": "Sanjay Kumar Verma", "title": "Joint Secretary", "agency": "Ministry of External Affairs"},
   "agencies": ["Ministry of Home Affairs", "Ministry of Electronics and Information Technology", "Central Bureau of Investigation", "National Security Council Secretariat", "National Critical Information Infrastructure Protection Centre", "Department of Telecommunication", "National Investigation Agency", "Ministry of External Affairs"]}]
}

R['f12-us-nl-2023-jisip-joint-statement'] = {
 "$comment": "REAL text (State Department/Netherlands joint statement as reposted), https://jisipnews.com/?p=60110 ; the headline is mine (built from the first sentence); curly apostrophe made straight; the last, cut sentence ('The t...') dropped. Joint statement: 'On May 4, 2023, in The Hague, ... concluded their second inter-agency dialogue': date 2023-05-04 (the day it concluded; no start day given), place The Hague. '2nd' = round 2; series from the first sentence. Participants in the order of the first mention (United States first). No person or agency named: no delegations. No topics: the text states concerns, condemnations, reaffirmations and agreements (conclusions, not topics). NATO, the UN, the EU Partnership Mission to Moldova, the GFCE and the Women in Cyber Fellowship are frameworks of pledged cooperation; NATO is not written as a venue (see doubts).",
 "series": "U.S.-Netherlands Cyber Dialogue",
 "round": 2, "date": "2023-05-04", "status": "held",
 "location": {"name": "The Hague", "country": "NL"},
 "participants": ["US", "NL"]
}

R['f13-kr-jp-cn-2015-koreaherald-announced'] = {
 "$comment": "REAL text (Yonhap via The Korea Herald), https://m.koreaherald.com/view.php?ud=20151013000859 ; the lines 'The Korea Herald', the headline and 'Published : Oct 13, 2015' (date from the article id in the address) are mine. ANNOUNCED: 'will hold talks this week', 'will meet in Seoul Thursday' in a story of Tuesday Oct 13, 2015 -> 2015-10-15, status announced, place Seoul. THREE participants (KR, JP, CN, text order). 'the second meeting of its kind' = round 2; the text gives the talks no name: no series. Heads: Choi with his title as written; the Japanese and Chinese 'counterparts' are named without titles. No agencies (the Foreign Ministry is the source). Topics: items of 'to discuss', split at commas and at 'including'. Related event: Choi's bilateral talks 'on Wednesday' (2015-10-14) with the two counterparts; the trilateral summit has no date and is not written; the first round (Beijing, 'last year') is background.",
 "round": 2, "date": "2015-10-15", "status": "announced",
 "location": {"name": "Seoul", "country": "KR"},
 "participants": ["KR", "JP", "CN"],
 "topics": ["the cyber security environment", "recent cyber threats", "each country's policies on cyberspace issues", "international rules governing cyberspace", "cooperation against cyber crime and terrorism"],
 "delegations": [
  {"country": "KR", "head": {"name": "Choi Sung-joo", "title": "ambassador for international security affairs"}},
  {"country": "JP", "head": {"name": "Makita Shimokawa"}},
  {"country": "CN", "head": {"name": "Wu Haitao"}}],
 "related_events": [
  {"description": "Choi also plans to hold bilateral talks with Shimokawa and Wu", "date": "2015-10-14",
   "attendees": [{"name": "Choi Sung-joo"}, {"name": "Makita Shimokawa"}, {"name": "Wu Haitao"}]}]
}

R['f14-kr-us-2013-koreaherald-announced'] = {
 "$comment": "REAL text (Yonhap via The Korea Herald), https://koreaherald.com/view.php?ud=20130714000181 ; the copy repeats its second and third paragraphs, the repetition is dropped; the lines 'The Korea Herald', the headline and 'Published : Jul 14, 2013' (date from the article id) are mine; '-' and 'Articles by Korea Herald' kept as clutter. ANNOUNCED: 'will hold a meeting in Washington, D.C. this week', 'set for Monday' in a story of Sunday Jul 14, 2013 -> 2013-07-15, status announced. Place Washington, D.C. (in the text, no dateline). 'the second of its kind' = round 2; no series name in the text. Heads: Choi Sung-joo (title as written, lower case, leading 'the' dropped); Painter with 'the coordinator for cyber issues' and agency 'State Department' ('the U.S. State Department' -> 'State Department'). Topics: items of 'The agenda includes' (split at commas and the last 'and'), plus 'measures to deal with cyber attacks by North Korea' ('Talks ... are expected to include'). Whether 'cyber security and other online policy issues' in the purpose clause is a topic: not written (see doubts).",
 "round": 2, "date": "2013-07-15", "status": "announced",
 "location": {"name": "Washington, D.C.", "country": "US"},
 "participants": ["KR", "US"],
 "topics": ["trust building in cyberspace", "developing international cyber standards", "strengthening bilateral and multilateral cooperation in coping with cyber crimes", "measures to deal with cyber attacks by North Korea"],
 "delegations": [
  {"country": "KR", "head": {"name": "Choi Sung-joo", "title": "ambassador for international security"}},
  {"country": "US", "head": {"name": "Christopher Painter", "title": "coordinator for cyber issues", "agency": "State Department"}, "agencies": ["State Department"]}]
}

for k, v in R.items():
    with open(os.path.join(G, k + '.json'), 'w', encoding='utf-8') as f:
        json.dump(v, f, ensure_ascii=False, indent=2); f.write('\n')
print(len(R))
