#!/usr/bin/python3
"""Writes /work/blind-r/gold/*.json (all gold records of the blind split R in one reviewable file)."""
import json, os
G = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'gold')
R = {}

R['r01-us-de-2013-aofs-joint-statement'] = {
 "$comment": "REAL text (joint statement of the U.S.-Germany Cyber Bilateral Meeting, as reposted by aofs.org), https://aofs.org/2013/06/14/joint-statement-on-u-s-germany-cyber-bilateral-meeting ; curly quotes made straight; the copy breaks off inside its last sentence ('The discussions specifically focused on ... particularly'), which is dropped whole. No round in the text (other years' statements say 'third annual', 'fourth annual'; this one says none). Date 'June 10-11, 2013'. Place 'Washington, DC' from 'held a Cyber Bilateral Meeting in Washington, DC'. No persons, no agencies. No topics: 'Operational objectives include' / 'Strategic objectives include' are aims, not items of discussion (see README doubts).",
 "series": "U.S.-Germany Cyber Bilateral Meeting",
 "date": "2013-06-10", "end_date": "2013-06-11", "status": "held",
 "location": {"name": "Washington, DC", "country": "US"},
 "participants": ["US", "DE"]
}

R['r02-us-gh-2018-allafrica-study-visit'] = {
 "$comment": "REAL text (State Department press release as carried by allAfrica), https://allafrica.com/stories/201808270371.html ; ADAPTED: the line 'Published: 2018-08-27' is mine (the page date the index gives, also in the address 201808...). A cyber study visit with delegations on both sides. No day of the visit: date is the year of the publication line only ('2018'). No place: 'Washington -' is a dateline; the tour of the National Cybersecurity Communications and Integration Center gives no city. Series as written: 'U.S.-Ghana Cyber Study visit'. Heads: Strayer (agency from 'at the U.S. Department of State', written 'Department of State' as in the list that follows) and Owusu-Ekuful ('The Honorable' dropped; title 'Minister for Communications'; no ministry named as an agency). Agencies: the 'also included representatives from' lists, in text order. Topics: the items after 'covered key cyber and Internet policy topics, such as', split at 'including' and 'and'. The Security Governance Initiative is the frame, not an event.",
 "series": "U.S.-Ghana Cyber Study visit",
 "date": "2018", "status": "held",
 "participants": ["US", "GH"],
 "topics": ["improving cybersecurity", "the protection of critical infrastructure", "combating cybercrime"],
 "delegations": [
  {"country": "US", "head": {"name": "Robert Strayer", "title": "Deputy Assistant Secretary for Cyber and International Communications and Information Policy", "agency": "Department of State"},
   "agencies": ["Department of State", "Department of Justice", "Department of Commerce", "Department of Homeland Security", "Federal Reserve", "Federal Bureau of Investigation"]},
  {"country": "GH", "head": {"name": "Ursula Owusu-Ekuful", "title": "Minister for Communications"},
   "agencies": ["National Communications Authority", "Bureau of National Communications"]}]
}

R['r03-il-de-2022-jpost-strategic'] = {
 "$comment": "REAL text (Jerusalem Post news story), https://www.jpost.com/israel-news/article-716173 ; two photo captions ('Strategic dialogue between German and Israeli officials in Jerusalem, September 2022 (photo credit: GOVERNMENT PRESS OFFICE)') dropped; the standfirst and the in-text question heading kept. A security (not cyber) strategic dialogue. 'for the first time' = round 1. 'on Thursday and Friday' against 'Published: SEPTEMBER 2, 2022' (a Friday): 2022-09-01 to 2022-09-02. Place Jerusalem. No series name (only 'a strategic dialogue' / 'the strategic dialogue'). Participants in the order of the headline and first sentence (Israeli, German). Leaders are offices without names ('The National Security Advisors and the director-generals of the Foreign Ministries of both countries'): no heads. Agencies: the grouped 'Foreign Ministries of both countries' expanded to one per side; Israel's 'Defense Ministry', 'Mossad', 'Shin Bet' (Germany's 'counterparts' unnamed). No topics: the Israeli participants 'presented the danger ...' (a position, not an item of discussion). The March meeting of the leaders in Jerusalem is a related event (month only).",
 "round": 1, "date": "2022-09-01", "end_date": "2022-09-02", "status": "held",
 "location": {"name": "Jerusalem", "country": "IL"},
 "participants": ["IL", "DE"],
 "delegations": [
  {"country": "IL", "agencies": ["Foreign Ministry", "Defense Ministry", "Mossad", "Shin Bet"]},
  {"country": "DE", "agencies": ["Foreign Ministry"]}],
 "related_events": [
  {"description": "a meeting between the leaders of Germany and Israel in Jerusalem in March", "date": "2022-03",
   "location": {"name": "Jerusalem", "country": "IL"}}]
}

R['r04-de-il-2023-jewishpress-strategic'] = {
 "$comment": "REAL text (JewishPress news story on the Israeli GPO report), https://www.jewishpress.com/news/global/europe/germany/netanyahu-govt-conducting-second-strategic-dialogue-with-germany/2023/08/31/ ; ADAPTED: the headline (from the address) and 'Published: 2023-08-31' (the date in the address) are mine; 'Photo Credit: Haim Zach/GPO' dropped. A security-policy dialogue. 'second' = round 2. 'on Wednesday' against 2023-08-31 (a Thursday): 2023-08-30. Place 'Berlin' ('took place in Berlin'; also 'in the Federal Chancellery', a building in it). Series as written: 'German-Israeli Strategic Dialogue'; participants in that order. Head: Hanegbi, 'led by National Security Council Director Tzachi Hanegbi' split as title 'Director', agency 'National Security Council' (a reader may keep 'National Security Council Director' as the title). Israeli agencies in text order: National Security Council, Shin Bet, Mossad, Defense Ministry, Ministry of Foreign Affairs (Bar and Barnea took part; they did not lead). Germany: 'their counterparts in Germany's Federal Government' - no agency named. Topics: objects of 'focused on' and 'exchanged views on', split at 'including' and 'and'. The Arrow 3 announcement is not a meeting.",
 "series": "German-Israeli Strategic Dialogue",
 "round": 2, "date": "2023-08-30", "status": "held",
 "location": {"name": "Berlin", "country": "DE"},
 "participants": ["DE", "IL"],
 "topics": [
  "questions of security in Europe and the Middle East",
  "Russia's war against Ukraine",
  "bilateral issues",
  "technologies such as artificial intelligence"],
 "delegations": [
  {"country": "IL", "head": {"name": "Tzachi Hanegbi", "title": "Director", "agency": "National Security Council"},
   "agencies": ["National Security Council", "Shin Bet", "Mossad", "Defense Ministry", "Ministry of Foreign Affairs"]}]
}

R['r05-ua-gb-2018-ukranews'] = {
 "$comment": "REAL text (Ukrainian News Agency wire story on a Ukrainian MFA statement), https://ukranews.com/en/news/553430-ukraine-and-united-kingdom-agree-to-step-up-cooperation-in-cyber-security ; verbatim. 'initial interdepartmental consultations began in London on March 19, 2018': date 2018-03-19 (the end is not given; the agency release set aside as excluded/x02 says March 19-20 but gives no year), place London. No series name; no round written ('initial' is not one of the round words; a reader may write 1). No persons, no agencies of the delegations (the MFA of Ukraine issued the statement). No topics. The Poroshenko-Mogherini agreement is background with no date.",
 "date": "2018-03-19", "status": "held",
 "location": {"name": "London", "country": "GB"},
 "participants": ["UA", "GB"]
}

R['r06-ua-gb-2025-interfax-fimi'] = {
 "$comment": "REAL text (Interfax-Ukraine wire story on a Ministry of Culture release), https://en.interfax.com.ua/news/general/1105956.html ; 'Facts', '2 min read' and the tag line dropped; the dash in the headline made ASCII. An information-security (FIMI) dialogue. 'the first coordination meeting' = round 1; 'On September 18' takes the year of the date line 19.09.2025. No place. Series: 'Strategic Partnership Dialogue between Ukraine and the United Kingdom' (the words 'on the topic of countering foreign information manipulation and interference (FIMI)' are its subject, not an item of a discussion). No head: Nadjos 'attended', nobody is said to lead. Agencies: UK 'Foreign & Commonwealth Office' (acronym dropped), 'British Embassy in Ukraine'; Ukraine the 'including' list (the Ministry of Culture is named only through Nadjos's title and as the reporter; not written). No topics. Further coordination meetings have no date; the ratification of the Centenary Partnership Agreement is not a meeting.",
 "series": "Strategic Partnership Dialogue between Ukraine and the United Kingdom",
 "round": 1, "date": "2025-09-18", "status": "held",
 "participants": ["UA", "GB"],
 "delegations": [
  {"country": "GB", "agencies": ["Foreign & Commonwealth Office", "British Embassy in Ukraine"]},
  {"country": "UA", "agencies": ["National Security and Defense Council of Ukraine", "Ministry of Foreign Affairs of Ukraine", "Ministry of Defense of Ukraine", "Center for Countering Disinformation", "Center for Strategic Communications and Information Security"]}]
}

R['r07-eu-do-2024-lac4-digital-alliance'] = {
 "$comment": "REAL text (LAC4 news page), https://www.lac4.eu/eu-lac-digital-alliance-on-cybersecurity/ ; 'Accessibility' dropped; cut before the workshop list ('Three workshops were convened ...:' and the numbered items). A bi-regional policy dialogue: the EU and 'Latin America and the Caribbean (LAC)', which is no registered organization; the one LAC country named as a side is the Dominican Republic (host, co-chair), so participants are eu and DO (see doubts). Series = the headline 'EU-LAC Digital Alliance on Cybersecurity'. No round: 'the first dialogue post the 2023 Digital Alliance Days' is a 'first ... since' trap. 'from February 14-16, 2024': 2024-02-14 to 2024-02-16. Place 'Santo Domingo'. Heads: the co-chairs, Zaccheo (no title; agency 'European Commission') and Montilla ('Vice Minister'); the opener Joel Santos is not a head. Topics: the items after 'focused on crucial cybersecurity issues such as', the last split at 'and'. Czech Republic and Colombia (joining LAC4) and the 2023 Digital Alliance Days (no date but the year) are not participants; the Days are a related event.",
 "series": "EU-LAC Digital Alliance on Cybersecurity",
 "date": "2024-02-14", "end_date": "2024-02-16", "status": "held",
 "location": {"name": "Santo Domingo", "country": "DO"},
 "participants": ["eu", "DO"],
 "topics": ["cyberdiplomacy", "resilient ecosystems", "capacity building", "safeguarding secure connectivity", "critical infrastructure"],
 "delegations": [
  {"country": "eu", "head": {"name": "Felice Zaccheo", "agency": "European Commission"}},
  {"country": "DO", "head": {"name": "José Montilla", "title": "Vice Minister"}}],
 "related_events": [
  {"description": "the 2023 Digital Alliance Days", "date": "2023"}]
}

R['r08-cl-gb-2018-santiagotimes-defense-talks'] = {
 "$comment": "REAL text (Santiago Times news story), https://santiagotimes.cl/2018/09/17/uk-and-chile-agree-to-mutual-cooperation-in-cyber-defense/ ; the related-link line 'Chile signs cybersecurity agreement with US' and the cut last paragraph (a quotation breaking off at 'information a') dropped; the dash after SANTIAGO made ASCII. Defence staff talks with cyber defence only in a workshop and a signed letter. '16th' = round 16. '13-14 September 2018'. Place 'Santiago' ('in Santiago at the Ministry of Defense'; the SANTIAGO dateline alone would not count). Participants in headline order (Chile, UK; the body says 'between United Kingdom and Chile'). Series 'Defense Staff Talks'. Heads as 'led by': de la Maza Riquelme ('Undersecretary of Defense'), Lancaster ('Minister for the Armed Forces'). No agency lists ('both Ministries of Defense' describes the format). Topics: the status 'revised' and the discussed 'bilateral cooperation agenda' ('topics of mutual interest' and 'an exchange of defense political views' are too general to write). The workshop and the signing are outcomes/side activities; the 2017 Defense Talks are a related event (year only).",
 "series": "Defense Staff Talks",
 "round": 16, "date": "2018-09-13", "end_date": "2018-09-14", "status": "held",
 "location": {"name": "Santiago", "country": "CL"},
 "participants": ["CL", "GB"],
 "topics": ["the status of the activities agreed in the 2017 Defense Talks", "the bilateral cooperation agenda between both countries"],
 "delegations": [
  {"country": "CL", "head": {"name": "Cristian de la Maza Riquelme", "title": "Undersecretary of Defense"}},
  {"country": "GB", "head": {"name": "Mark Lancaster", "title": "Minister for the Armed Forces"}}],
 "related_events": [
  {"description": "the 2017 Defense Talks", "date": "2017"}]
}

R['r09-pl-b9-2023-gov-pl-announced'] = {
 "$comment": "REAL text (Polish Ministry of Foreign Affairs news item, gov.pl), https://gov.pl/web/diplomacy/b9-heads-of-diplomacy-to-meet-in-lodz ; the cookie notice, 'Back' and a trailing JSON fragment dropped; 'Ministry of Foreign Affaires' (sic) kept. ANNOUNCEMENT of a future ministerial meeting: status 'announced'. 'on 30 and 31 March' takes the year of the date line 29.03.2023. Place 'Łódź' from the headline ('to meet in Łódź'; a headline is text, not a dateline). Nine participants in the order of 'attended by representatives of ...' (Poland is also the publisher). Series 'Bucharest Nine' (the acronym '(B9)' dropped). No round. No persons leading (the spokesperson signs the release). Topics: the items of 'Key items on this year's agenda will include', split at commas and 'and'.",
 "series": "Bucharest Nine",
 "date": "2023-03-30", "end_date": "2023-03-31", "status": "announced",
 "location": {"name": "Łódź", "country": "PL"},
 "participants": ["BG", "CZ", "EE", "LT", "LV", "PL", "RO", "HU", "SK"],
 "topics": ["European security", "Russia's aggression against Ukraine", "NATO's support for the combatant Ukraine"]
}

R['r10-eu-br-2014-xinhua-summit'] = {
 "$comment": "REAL text (Xinhua wire story as reposted by brics-info.org), http://brics-info.org/eu-vows-to-reinforce-ties-with-brazil-following-bilateral-summit ; ADAPTED: the headline is mine (from the address); the dash after '(Xinhua)' made ASCII; the cut last sentence ('In addition, in this year's Summit, the two sid') dropped. The event is the summit: '7th' = round 7; 'held here Monday' under 'BRUSSELS, Feb. 24' (2014-02-24 is a Monday; year from the line 'English.news.cn 2014-02-25'). Place 'Brussels' because the text says 'held here' (the dateline names what 'here' is; a stricter reader writes no place). Series 'EU-Brazil Summit'. No heads: Van Rompuy spoke to the press, Rousseff 'attended'. Topics: the items after 'focused on'. The launch of a cyber dialogue and the cable are outcomes. Related events: the announced first meeting on cyber security in Sao Paulo on April 23-24 (2014 by the story's year); the 2007 strategic partnership is background.",
 "series": "EU-Brazil Summit",
 "round": 7, "date": "2014-02-24", "status": "held",
 "location": {"name": "Brussels", "country": "BE"},
 "participants": ["eu", "BR"],
 "topics": ["accelerating growth", "job creation", "climate change", "cyber security"],
 "related_events": [
  {"description": "EU and Brazil have agreed to have the first meeting on cyber security during the conference on Internet governance, which Brazil will host in Sao Paulo on April 23-24",
   "date": "2014-04-23", "location": {"name": "Sao Paulo", "country": "BR"}}]
}

os.makedirs(G, exist_ok=True)
for name, rec in R.items():
    with open(os.path.join(G, name + '.json'), 'w', encoding='utf-8') as f:
        json.dump(rec, f, ensure_ascii=False, indent=1)
        f.write('\n')
print(len(R), 'records written')
