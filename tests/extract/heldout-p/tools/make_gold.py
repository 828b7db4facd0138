#!/usr/bin/python3
"""Writes /work/blind-p/gold/*.json (all gold records of the blind split P in one reviewable file)."""
import json, os
G = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'gold')
R = {}

R['p01-us-eu-2015-news247-joint-elements'] = {
 "$comment": "REAL text (State Dept media note 'Joint Elements' as reposted by news247worldpressuk.com), https://news247worldpressuk.com/2015/12/08/cyber-dialogue-joint-elements-from-u-s-eu-cyber-dialogue/?shared=email&msg=fail ; 'Read Time5 Minute, 21 Second' clutter dropped; cut after the first section (the second section's first sentence breaks off in the index copy). 'second meeting' = round 2. Place and date from the body ('in Washington, DC on December 7, 2015'); the 'Washington, DC / December 8, 2015' lines are the media note's dateline and date. EU as a side. No persons, no agencies. No topic list: the section is a list of joint affirmations (outcomes); the heading 'International Security in Cyberspace' names an area of collaboration, not written as a topic (see README doubts). Venues: the bodies the text names as fora (GGE, OSCE, ARF, OAS).",
 "series": "U.S.-EU Cyber Dialogue",
 "round": 2, "date": "2015-12-07", "status": "held",
 "location": {"name": "Washington, DC", "country": "US"},
 "participants": ["US", "eu"],
 "venues": [
  "Group of Governmental Experts on Developments in the Field of Information and Telecommunications in the Context of International Security",
  "Organization for Security Cooperation in Europe",
  "ASEAN Regional Forum",
  "Organization for American States"]
}

R['p02-eu-us-2017-state-archive-joint-elements'] = {
 "$comment": "REAL text (State Dept archive page 2017-2021.state.gov), https://2017-2021.state.gov/joint-elements-from-the-4th-eu-u-s-cyber-dialogue/ ; ADAPTED: the headline is mine, from the address; the .gov banner and archive notice dropped; cut before the third paragraph (breaks off in the index copy). 'fourth meeting' = round 4. Two-day date '14 and 15 November 2017'. Place 'Washington' as written. EU first as in the text. Topics: the object of 'presented' (as 'provided updates on'), split at 'including aspects of' and 'and' into the two documents. 'identified synergies and committed ...' is an outcome. No persons, no agencies.",
 "series": "EU-U.S. Cyber Dialogue",
 "round": 4, "date": "2017-11-14", "end_date": "2017-11-15", "status": "held",
 "location": {"name": "Washington", "country": "US"},
 "participants": ["eu", "US"],
 "topics": [
  "developments with regard to their respective strategies, policies and legislation",
  "the EU Joint Communication on \"Resilience, Deterrence and Defence: Building Strong Cybersecurity for the EU\"",
  "the U.S. Executive Order 13800 on \"Strengthening the Cybersecurity of Federal Networks and Critical Infrastructure\""]
}

R['p03-us-ru-2021-cna-announced'] = {
 "$comment": "REAL text (news story on CNA, channelnewsasia.com, on a State Dept statement), https://www.channelnewsasia.com/news/world/senior-us-diplomat-to-lead-talks-with-russia-next-week-state-15281932 ; ADAPTED: the line 'Published: 2021-07-24' is mine (the page date the index gives); the photo caption ('FILE PHOTO: Wendy Sherman arrives ... REUTERS/...') dropped. **Announcement of a future meeting**: status 'announced'. A strategic-stability (arms control) dialogue, not cyber. 'in Geneva on Jul 28' takes the year of the publication line (2021); 'Friday (Jul 23)' is the day of the statement, not of the meeting; the WASHINGTON dateline is not the place. Head: Sherman ('will lead the US delegation'), title as written. No Russian head named; Biden and Putin made the earlier commitment (not heads, not an event with a date). No round, no topics ('will seek to lay the groundwork ...' is an aim).",
 "series": "US-Russia Strategic Stability Dialogue",
 "date": "2021-07-28", "status": "announced",
 "location": {"name": "Geneva", "country": "CH"},
 "participants": ["US", "RU"],
 "delegations": [
  {"country": "US", "head": {"name": "Wendy Sherman", "title": "Deputy Secretary of State"}}]
}

R['p04-eu-ua-2024-bytesnews-brussels'] = {
 "$comment": "REAL text (news site inspirega.bytes.news, machine-written style), https://inspirega.bytes.news/2ada506-cybersecurity-collaboration ; curly quotes made straight; cut before the last sentence (breaks off). 'third Cyber Dialogue' = round 3. The line 'Brussels, Wednesday, 24 July 2024.' is the story's dateline: the text never says the meeting was on that day, so the date is the year only ('2024'; a reader may write 2024-07-24). Place Brussels from the body ('held their third Cyber Dialogue in Brussels'). Series composed from 'The EU and Ukraine ... Cyber Dialogue' (p05 writes 'EU-Ukraine Cyber Dialogue'). Topics: the items of 'addressed', 'discussed' (split at 'including'), 'One of the key topics was', 'also focused on'; 'emphasized', 'underscored', 'reaffirmed' are not topics. No persons, no agencies.",
 "series": "EU-Ukraine Cyber Dialogue",
 "round": 3, "date": "2024", "status": "held",
 "location": {"name": "Brussels", "country": "BE"},
 "participants": ["eu", "UA"],
 "topics": [
  "cyber threats",
  "legislative alignment",
  "critical infrastructure protection",
  "the latest developments in cyber threats",
  "sophisticated attacks targeting critical infrastructure",
  "enhancing the security of critical infrastructure"]
}

R['p05-eu-ua-2025-britpanorama'] = {
 "$comment": "REAL text (news site britpanorama.co.uk), https://britpanorama.co.uk/editors-picks/eu-and-ukraine-strengthen-cybersecurity-partnership-through-fourth-cyber-dialogue ; site date line 'Monday, January 26, 2026' (the day the page was crawled, not the story's), repeated headline and '1 min read' dropped; cut before the section whose first sentence breaks off. 'fourth round' = round 4; 'held on October 18, 2025' (publication line October 20, 2025). No place. Series 'EU-Ukraine Cyber Dialogue' (en dash made ASCII). Delegations: 'led by the European External Action Service (EEAS) and Ukrainian national cybersecurity authorities': the EU agency only (acronym dropped); 'national cybersecurity authorities' names no agency; no persons. Topics: the three items after 'focused on'; 'emphasized coordinated responses ...' not taken.",
 "series": "EU-Ukraine Cyber Dialogue",
 "round": 4, "date": "2025-10-18", "status": "held",
 "participants": ["eu", "UA"],
 "topics": [
  "joint efforts to counter growing cyber threats",
  "strengthen critical infrastructure protection",
  "align cybersecurity frameworks under the EU's NIS2 Directive"],
 "delegations": [
  {"country": "eu", "agencies": ["European External Action Service"]}]
}

R['p06-il-bh-ae-ma-2023-canindia-ians'] = {
 "$comment": "REAL text (IANS story via canindia.com), https://www.canindia.com/israel-hosts-regional-summit-on-cyber-defence/ ; ADAPTED: the line 'Published: 2023-01-30' is mine (the page date the index gives); the section word 'WORLD' dropped; curly quotes made straight. A one-off regional meeting of four states (no series, no round). 'on Monday' = 2023-01-30 (a Monday, the publication day). Place: 'held at Microsoft's campus in the coastal city of Herzliya' -> Herzliya (Israel). Participants in text order: Israel (host), Bahrain, UAE, Morocco. No delegations: the visiting heads are not named; Portnoy (Director-General of the INCD, which issued the statement) is quoted, not said to lead. No topics: 'aimed at strengthening relations ... and examine technological solutions' is the aim.",
 "date": "2023-01-30", "status": "held",
 "location": {"name": "Herzliya", "country": "IL"},
 "participants": ["IL", "BH", "AE", "MA"]
}

R['p07-us-eg-2021-itsnetwork-strategic'] = {
 "$comment": "REAL text (State Dept joint statement reposted by its.network), https://www.its.network/joint-statement-on-the-u-s-egypt-strategic-dialogue/ ; site clutter ('News', 'News Network', '11 min read') dropped; cut after the second paragraph (the statement runs on). A strategic (not cyber) dialogue. No round. Two-day date 'November 8-9, 2021'; place 'Washington, D.C.'. Heads: the two ministers who 'led' it, titles as written ('Secretary of State', 'Minister of Foreign Affairs'; 'Anthony J. Blinken' as spelled). No agencies. No topics: 'identified areas in which to deepen ... cooperation, including ...' is an outcome (see README doubts); 'the coming centennial ... in 2022' is not an event of the dialogue.",
 "series": "U.S.-Egypt Strategic Dialogue",
 "date": "2021-11-08", "end_date": "2021-11-09", "status": "held",
 "location": {"name": "Washington, D.C.", "country": "US"},
 "participants": ["US", "EG"],
 "delegations": [
  {"country": "US", "head": {"name": "Anthony J. Blinken", "title": "Secretary of State"}},
  {"country": "EG", "head": {"name": "Sameh Shoukry", "title": "Minister of Foreign Affairs"}}]
}

R['p08-us-pl-2022-state-strategic'] = {
 "$comment": "REAL text (State Dept joint statement), https://www.state.gov/joint-statement-on-the-strategic-dialogue-between-the-united-states-and-poland/ ; ADAPTED: the headline is mine, from the address (the same title heads the 195news.com repost); cut before the working-groups sentence, which breaks off in the index copy. A strategic dialogue; no round in this copy. Date 'February 4, 2022' (the second 'February 4' is Kosciuszko's birthday). Place 'Washington, D.C.'. Heads: the two who 'opened the Strategic Dialogue' (Przydacz, Chollet; as n11), titles as written without the nationality adjective; the Rau-Blinken consultations 'included' in the dialogue are not written as heads (see doubts). Topics: the object of 'focused on'.",
 "series": "U.S.-Poland Strategic Dialogue",
 "date": "2022-02-04", "status": "held",
 "location": {"name": "Washington, D.C.", "country": "US"},
 "participants": ["US", "PL"],
 "topics": ["shared values and interests"],
 "delegations": [
  {"country": "US", "head": {"name": "Derek Chollet", "title": "Counselor of the Department of State"}},
  {"country": "PL", "head": {"name": "Marcin Przydacz", "title": "Deputy Foreign Minister"}}]
}

R['p09-us-pl-2024-5gdigitalnews-strategic'] = {
 "$comment": "REAL text (State Dept joint statement as rewritten by 5gdigitalnews.com; garbled sentences kept), https://5gdigitalnews.com/joint-statement-on-u-s-poland-strategic-dialogue-united-states-department-of-state/ ; cut before the last, broken-off sentence. '15th session' = round 15. 'April 22, 2024 in Washington'. No persons, no agencies. Topics: the object of 'focused on', the working groups' semicolon list after 'discussed', and the two objects of 'We discussed' (split at 'and'). Related events: the previous session in Warsaw (no date written: 'one year after') and the NATO Washington Summit in July 2024 (looked forward to). Series as in the body ('US-Poland Strategic Dialogue').",
 "series": "US-Poland Strategic Dialogue",
 "round": 15, "date": "2024-04-22", "status": "held",
 "location": {"name": "Washington", "country": "US"},
 "participants": ["US", "PL"],
 "topics": [
  "shared values and interests",
  "regional security and collective defence",
  "political-military issues",
  "energy security including nuclear energy cooperation",
  "economic prosperity",
  "renewing democracy and the rule of law domestically and regionally in Eurasia",
  "security arrangements in NATO's eastern flank",
  "developing further capabilities and forces that will strengthen NATO's interoperability, readiness and modernization"],
 "related_events": [
  {"description": "the previous session in Warsaw", "location": {"name": "Warsaw", "country": "PL"}},
  {"description": "the NATO Washington Summit in July 2024", "date": "2024-07"}]
}

R['p10-br-de-2022-digital-dialogues'] = {
 "$comment": "REAL text (digital-dialogues.net, the German ministry's Digital Dialogues site), https://digital-dialogues.net/en/news-details/brazil-and-germany-strengthen-their-digital-dialogue-at-annual-meeting ; photo caption dropped; cut before the sentence that breaks off. A digital (not cyber) dialogue. 'the second Annual Meeting' = round 2. '20 May 2022 ... in Berlin, Germany'. Participants in text order (headline: Brazil and Germany). Heads: the two chairs ('chaired by ... as well as by'), agencies with the nationality adjective and acronym dropped. Topics: the objects of 'exchanged on' (split at commas and 'as well as') and 'discussed'. The MCTI delegation's visit to S&T organisations 'in the previous week' is a related event (month only, Berlin); its three named members are written as its attendees (see doubts), not as delegation heads.",
 "series": "German-Brazilian Digital Dialogue",
 "round": 2, "date": "2022-05-20", "status": "held",
 "location": {"name": "Berlin", "country": "DE"},
 "participants": ["BR", "DE"],
 "topics": [
  "opportunities for joint innovation projects",
  "current developments in digital policy",
  "joint initiatives of the biannual Work Plan",
  "future collaboration topics"],
 "delegations": [
  {"country": "DE", "head": {"name": "Benjamin Brake", "title": "Director General for Digital and Data Policy", "agency": "Federal Ministry for Digital and Transport"}},
  {"country": "BR", "head": {"name": "Sergio Freitas", "title": "Executive Secretary and Vice Minister", "agency": "Ministry of Science, Technology and Innovation"}}],
 "related_events": [
  {"description": "a delegation of MCTI visited S&T organisations in Berlin", "date": "2022-05",
   "location": {"name": "Berlin", "country": "DE"},
   "attendees": [
    {"name": "José Gontijo", "title": "Secretary for Innovation and Entrepreneurship of MCTI", "country": "BR"},
    {"name": "Marcelo Morales", "title": "Secretary for Research and Scientific Training of MCTI", "country": "BR"},
    {"name": "Fernando Coelho", "title": "Secretary for Digital Government of the Brazilian Ministry of Economy", "country": "BR"}]}]
}

R['p11-eu-ge-2017-finchannel-security'] = {
 "$comment": "REAL text (The FINANCIAL, finchannel.com, on the Georgian MFA), https://finchannel.com/eu-and-georgia-hold-strategic-security-dialogue/68691/georgian-local-news/2017/10/ ; ADAPTED: the headline (from the address) and the line 'Published: October 2017' (the /2017/10/ of the address) are mine; em dash and en dash made ASCII; the last paragraph (Belliard's quotation, whose last sentence breaks off in the index copy) dropped. A security (foreign and security policy) dialogue. 'The first' = round 1; '11 October' takes the year of the publication line. Place Tbilisi. Co-chairs one per side: Makharoblishvili ('Deputy Foreign Minister of Georgia' -> 'Deputy Foreign Minister'); Belliard ('Deputy Secretary-General of the European External Service', agency as misspelt in the text). Janelidze 'opened the session' but the text names the co-chairs, so he is not a head. No topics.",
 "series": "EU-Georgia Strategic Security Dialogue",
 "round": 1, "date": "2017-10-11", "status": "held",
 "location": {"name": "Tbilisi", "country": "GE"},
 "participants": ["eu", "GE"],
 "delegations": [
  {"country": "GE", "head": {"name": "Vakhtang Makharoblishvili", "title": "Deputy Foreign Minister"}},
  {"country": "eu", "head": {"name": "Jean-Christophe Belliard", "title": "Deputy Secretary-General", "agency": "European External Service"}}]
}

R['p12-ng-gb-2024-tvcnews-security-defence'] = {
 "$comment": "REAL text (TVC News, Nigeria), https://www.tvcnews.tv/2024/02/nigeria-uk-sign-agreement-on-cyber-security/ ; ADAPTED: the headline (from the address) and the line 'Published: 2024-02-08' (the page date the index gives) are mine; curly apostrophes made straight. A security and defence dialogue; the cyber-security deal is an outcome. 'the second edition' = round 2. No meeting date in the text: year of the publication line only ('2024'; a reader may write 2024-02). Place: 'at the Office of Nigeria's National Security Adviser in Abuja' -> Abuja. Participants in text order ('The Federal Government' = Nigeria, then 'the UK Government'). No persons, no agencies. Topics: the items 'top of the list of security issues', split at commas and 'and'; the aims of the partnership (improve policing ...) not taken.",
 "series": "UK-Nigeria Security and Defence Partnership Dialogue",
 "round": 2, "date": "2024", "status": "held",
 "location": {"name": "Abuja", "country": "NG"},
 "participants": ["NG", "GB"],
 "topics": [
  "Terrorism",
  "conflict",
  "human trafficking",
  "serious and organised crimes",
  "drug trafficking",
  "cybercrime",
  "piracy"]
}

os.makedirs(G, exist_ok=True)
for name, rec in R.items():
    with open(os.path.join(G, name + '.json'), 'w', encoding='utf-8') as f:
        json.dump(rec, f, ensure_ascii=False, indent=1)
        f.write('\n')
print(len(R), 'records')
