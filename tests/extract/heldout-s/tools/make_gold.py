#!/usr/bin/python3
"""Writes /work/blind-s/gold/*.json (all gold records of the blind split S in one reviewable file)."""
import json, os
G = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'gold')
R = {}

R['s01-jp-sg-2018-mofa'] = {
 "$comment": "REAL text (MOFA Japan press release), https://www.mofa.go.jp/press/release/press4e_002150.html ; verbatim. A maritime-security (not cyber) dialogue. 'Eighth' = round 8. 'On September 3' takes the year of the date line September 4, 2018. Place Singapore ('was held in Singapore'). Heads: the first-named official of each side (the text says 'attended'/'participated', not 'led'); Nagaoka's title is the bracketed 'Ambassador (Policy Planning, International Security Policy)' (his second title 'Deputy Assistant Minister, Foreign Policy Bureau' not taken); Seet-Cheng's 'Ambassador' is read as an honorific, title 'Senior Specialist Adviser'. Agencies in text order; 'the National Security Secretariat, Cabinet Secretariat' and 'the National Ocean Policy Secretariat, Cabinet Office' are each a body followed by its parent, written as the body. Topics: the items of 'covered a wide range of issues including', split at commas and 'and'. The IFC visit 'on the following day' is a related event.",
 "series": "Japan-Singapore Maritime Security Dialogue",
 "round": 8, "date": "2018-09-03", "status": "held",
 "location": {"name": "Singapore", "country": "SG"},
 "participants": ["JP", "SG"],
 "topics": [
  "the importance of the rule of law at sea",
  "maritime security issues in major sea lanes",
  "capacity building assistance for maritime law enforcement capabilities",
  "anti-piracy measures including through utilizing the Regional Cooperation Agreement on Combating Piracy and Armed Robbery against Ships in Asia (ReCAAP)",
  "cooperation within the multilateral frameworks"],
 "delegations": [
  {"country": "JP", "head": {"name": "Kansuke Nagaoka", "title": "Ambassador (Policy Planning, International Security Policy)"},
   "agencies": ["Ministry of Foreign Affairs", "National Security Secretariat", "National Ocean Policy Secretariat", "Ministry of Defense", "Japan Coast Guard"]},
  {"country": "SG", "head": {"name": "Mary Seet-Cheng", "title": "Senior Specialist Adviser"},
   "agencies": ["Ministry of Foreign Affairs", "Ministry of Defense", "Singapore Police Force", "Maritime and Port Authority"]}],
 "related_events": [
  {"description": "The delegation also paid a visit to the Information Fusion Centre (IFC) on the following day", "date": "2018-09-04"}]
}

R['s02-jp-vn-2020-soumu-online'] = {
 "$comment": "REAL text (Japanese MIC press release), https://www.soumu.go.jp/main_sosiki/joho_tsusin/eng/pressrelease/2020/12/03_01.html ; cut after results item 2 (the copy breaks off inside item 3, 'Digital transformation'). An ICT working group (cyber one item). 'fourth meeting' = round 4. 'Held online' = attendance virtual, no location. Heads: 'headed by' / 'led by'; names as written ('WATANABE Ken'); 'Director-General for International Affairs of MIC's Global Strategy Bureau' split as title + agency (the 'X's Y' rule gives 'Global Strategy Bureau'); Trieu Minh Long likewise ('Director-General' + 'International Cooperation Department'). Each side's agency is its ministry, as named in the first sentence (acronym MIC dropped). Topics: the fields of 'discussed their further cooperation in the cybersecurity, 5G, digital transformation, and postal fields', plus the items of 'exchanged opinions on initiatives, including 5G, local 5G, O-RAN, and vRAN' not already named. Confirmations and the agreed survey are outcomes.",
 "series": "Japan-Viet Nam Joint Working Group",
 "round": 4, "date": "2020-12-01", "status": "held", "attendance": "virtual",
 "participants": ["JP", "VN"],
 "topics": ["cybersecurity", "5G", "digital transformation", "postal", "local 5G", "O-RAN", "vRAN"],
 "delegations": [
  {"country": "JP", "head": {"name": "WATANABE Ken", "title": "Director-General for International Affairs", "agency": "Global Strategy Bureau"},
   "agencies": ["Ministry of Internal Affairs and Communications"]},
  {"country": "VN", "head": {"name": "Trieu Minh Long", "title": "Director-General", "agency": "International Cooperation Department"},
   "agencies": ["Ministry of Information and Communications"]}]
}

R['s03-vn-jp-2013-baria-vungtau'] = {
 "$comment": "REAL text (Vietnamese provincial government portal, reposted VNA item), http://dost.baria-vungtau.gov.vn/ManagementNews/DetailNew/5730?page=11 ; the page's font-size widget ('- + A- A+'), the repeated lead paragraph, 'Read count' and navigation links dropped. A security (police) dialogue with cyber-crime one item. 'the first of its kind' = round 1. 'November 26' takes the year of the date line 28/11/2013. Place Hanoi. Co-chairs one per side: 'Deputy Minister of Public Security of Vietnam' -> title 'Deputy Minister of Public Security'; 'deputy head of the Japan National Police Agency' -> title 'deputy head', agency 'Japan National Police Agency'. No agency lists. Topics: the objects of 'discussed measures to strengthen cooperation in', 'examined' and 'were also discussed', split at commas and 'and'. Series as the body words it (lower case 'security dialogue'; a reader may write none).",
 "series": "Vietnam-Japan security dialogue",
 "round": 1, "date": "2013-11-26", "status": "held",
 "location": {"name": "Hanoi", "country": "VN"},
 "participants": ["VN", "JP"],
 "topics": [
  "defending national security",
  "maintaining social order",
  "combating trans-national and cyber crimes",
  "protecting big political and cultural events to be held in each country",
  "ways of supporting Vietnamese and Japanese nationals living in each other's territory",
  "Counterterrorism in Southeast Asia",
  "Japan's experience in the field"],
 "delegations": [
  {"country": "VN", "head": {"name": "Tran Viet Tan", "title": "Deputy Minister of Public Security"}},
  {"country": "JP", "head": {"name": "Kanetaka Masahito", "title": "deputy head", "agency": "Japan National Police Agency"}}]
}

R['s04-in-sg-2024-indianawaaz-defence'] = {
 "$comment": "REAL text (Indian news site, AMN), https://theindianawaaz.com/singapore-acknowledges-india-as-strategic-voice-for-asias-peace-and-stability/ ; ADAPTED: the headline (from the address) and the line 'Published: 2024-10-23' (page date the index gives) are mine. A defence ministerial dialogue; cybersecurity only in an agreement. 'sixth' = round 6. 'today' takes the publication date. Place New Delhi ('in New Delhi today'). Co-chairs: 'Defence Minister Rajnath Singh' and 'Singapore's Minister of Defence, Dr. Ng Eng Hen' ('Dr.' dropped). No agencies. No topics: agreements (industry cooperation, cybersecurity, joint military training) are outcomes. Modi's earlier visit to Singapore is background, not written as a related event (no date).",
 "series": "India-Singapore Defence Ministerial Dialogue",
 "round": 6, "date": "2024-10-23", "status": "held",
 "location": {"name": "New Delhi", "country": "IN"},
 "participants": ["IN", "SG"],
 "delegations": [
  {"country": "IN", "head": {"name": "Rajnath Singh", "title": "Defence Minister"}},
  {"country": "SG", "head": {"name": "Ng Eng Hen", "title": "Minister of Defence"}}]
}

R['s05-kr-nz-2023-mofa-ministers'] = {
 "$comment": "REAL text (ROK MOFA 'Ministry News'), https://www.mofa.go.kr/eng/brd/m_5674/view.do?seq=320826 ; Korean navigation lines and 'hit 10170' dropped; cut after paragraph 3 (the copy breaks off inside 4). A foreign ministers' meeting (no cyber). No round. 'on May 30' takes the year of the Date line 2023-05-31 (the clock times '8:00-8:40' not kept). Place 'the Ministry of Foreign Affairs' (no city; Mahuta is 'on a visit to Korea'), country KR. Heads: Park Jin ('Minister of Foreign Affairs') and Mahuta ('Minister of Foreign Affairs of New Zealand' -> 'Minister of Foreign Affairs'). Topics: the items of 'exchanged views on', split at semicolons and at the commas/'and' of the third item. Paragraphs 2-3 are appreciations and agreements, not topics. The Korea-Pacific Islands Summit (no date) is a related event. Series written as the headline's meeting name; a reader may write none.",
 "series": "Korea-New Zealand Foreign Ministers' Meeting",
 "date": "2023-05-30", "status": "held",
 "location": {"name": "Ministry of Foreign Affairs", "country": "KR"},
 "participants": ["KR", "NZ"],
 "topics": [
  "the Korea-New Zealand relations",
  "cooperation in the Pacific region",
  "substantive cooperation in economic and trade affairs",
  "science and technology",
  "the defense industry",
  "the situations on the Korean Peninsula and in the region"],
 "delegations": [
  {"country": "KR", "head": {"name": "Park Jin", "title": "Minister of Foreign Affairs"}},
  {"country": "NZ", "head": {"name": "Nanaia Mahuta", "title": "Minister of Foreign Affairs"}}],
 "related_events": [
  {"description": "the Korea-Pacific Islands Summit"}]
}

R['s06-kz-us-2016-kazinform-strategic'] = {
 "$comment": "REAL text (Kazinform, joint statement), http://www.inform.kz/en/joint-statement-of-the-fifth-kazakhstan-us-strategic-partnership-dialogue_a2953812 ; ADAPTED: the headline (from the address) and 'Published: 2016-09-01' (page date the index gives) are mine; the last paragraph, cut in the copy ('Delegations headed by ... Nisha Biswal reviewe'), is dropped, so no delegation heads remain. A strategic (not cyber) dialogue; Central Asian. 'Fifth meeting' = round 5. No day: date '2016' (the date line; 'this year of the 25th anniversaries' agrees). Place 'New York City' ('met in New York City, on the margins of the 71st United Nations General Assembly'; the ASTANA dateline is not the place). Participants in the order of the text (Kazakhstan first). No delegations: Idrissov and Kerry 'met ..., initiating' the meeting (see README doubts). No topics: assessments, pledges, welcomes and commitments only.",
 "series": "U.S.-Kazakhstan Strategic Partnership Dialogue",
 "round": 5, "date": "2016", "status": "held",
 "location": {"name": "New York City", "country": "US"},
 "participants": ["KZ", "US"]
}

R['s07-my-id-2022-tumblerridgenews'] = {
 "$comment": "REAL text (news site rewriting a MAP wire item), https://tumblerridgenews.com/indonesia-and-malaysia-cooperate-on-cyber-security/ ; byline line ('William Kennedy 2 hours ago 1 min read') and 'See also' link dropped; garbled names and the stray '. ,' kept. A one-off ministers' meeting: no series, no round. 'on Friday' against the date line August 20, 2022 (a Saturday) = 2022-08-19. Place Jakarta ('During a meeting in Jakarta'). Participants in text order (Malaysia first). Heads: 'Malaysian Communications and Multimedia Minister Anwar Musa' (first spelling; later 'Annuar Musa') -> title 'Communications and Multimedia Minister'; 'his Indonesian counterpart, Johnny Gerard Blade' (no title). Topics: the items of the two 'discussed ... various issues related to' sentences, split at 'and' and commas. Agreement on international fora is an outcome. The previous meeting 'in Singapore' is a related event.",
 "date": "2022-08-19", "status": "held",
 "location": {"name": "Jakarta", "country": "ID"},
 "participants": ["MY", "ID"],
 "topics": [
  "cyber security",
  "the digital space in their countries and the Association of Southeast Asian Nations (ASEAN)",
  "strengthening the legal framework for cyber security",
  "telecommunications infrastructure",
  "satellite technology",
  "online narratives"],
 "delegations": [
  {"country": "MY", "head": {"name": "Anwar Musa", "title": "Communications and Multimedia Minister"}},
  {"country": "ID", "head": {"name": "Johnny Gerard Blade"}}],
 "related_events": [
  {"description": "the last in Singapore", "location": {"name": "Singapore", "country": "SG"}}]
}

R['s08-cn-ru-2014-chineseembassy'] = {
 "$comment": "REAL text (Chinese embassy page, 'China News'), http://bb.chineseembassy.org/eng/zgyw/t1164083.htm ; breadcrumb 'Home > China News' and 'Suggest to a friend:' dropped. A strategic security (not cyber) consultation. '10th round' = round 10. 'On June 6, 2014'. Place: 'at the Diaoyutai State Guesthouse in Beijing' -> Beijing (headline 'Held in Beijing'; a reader may write the guesthouse). Heads one per side: 'State Councilor Yang Jiechi', 'Russian Security Council Secretary Nikolai Patrushev' -> title 'Security Council Secretary'. No agencies. Topics: the items of 'an in-depth exchange of views on', split at commas and 'and'. The second paragraph is agreement.",
 "series": "China-Russia Strategic Security Consultation",
 "round": 10, "date": "2014-06-06", "status": "held",
 "location": {"name": "Beijing", "country": "CN"},
 "participants": ["CN", "RU"],
 "topics": [
  "China-Russia relations",
  "international and regional security situations",
  "relevant hotspot issues"],
 "delegations": [
  {"country": "CN", "head": {"name": "Yang Jiechi", "title": "State Councilor"}},
  {"country": "RU", "head": {"name": "Nikolai Patrushev", "title": "Security Council Secretary"}}]
}

R['s09-cn-ru-2024-menafn-ukrinform-announced'] = {
 "$comment": "REAL text (Ukrinform via MENAFN), https://menafn.com/1108872602/China-Russia-To-Hold-Consultations-On-Strategic-Security ; verbatim. ANNOUNCEMENT of a future meeting ('will hold ... this week', 'are to be held on November 11-15'): status announced, date the first day 2024-11-11 (year of the date line 11/11/2024). Place Beijing (Shoigu 'has arrived in Beijing for the consultations'). No series name (lower-case 'consultations on strategic security'), no round in this copy. Heads: Shoigu ('Russian Security Council Secretary' -> 'Security Council Secretary') and Wang Yi, whom he 'will meet' ('Chinese Foreign Minister' -> 'Foreign Minister'); the CPC officials he will also meet and spokesman Lin Jian are not heads. Topics: the expected 'in-depth discussions ... on bilateral relations and strategic interests of both countries'. The following law-enforcement mechanism meeting is a related event. The DFRLab paragraph is background.",
 "date": "2024-11-11", "status": "announced",
 "location": {"name": "Beijing", "country": "CN"},
 "participants": ["CN", "RU"],
 "topics": ["bilateral relations", "strategic interests of both countries"],
 "delegations": [
  {"country": "CN", "head": {"name": "Wang Yi", "title": "Foreign Minister"}},
  {"country": "RU", "head": {"name": "Sergei Shoigu", "title": "Security Council Secretary"}}],
 "related_events": [
  {"description": "the ninth meeting of the law enforcement and public security cooperation mechanism"}]
}

R['s10-au-pg-2018-dfat-communique'] = {
 "$comment": "REAL text (Australian DFAT, joint communique), https://dfat.gov.au/geo/papua-new-guinea/australia-papua-new-guinea-ministerial-forums/26th-australia-papua-new-guinea-ministerial-forum-joint-communique ; 'Skip to main content', the flag line and the repeated headline dropped; cut after paragraph 3 (the copy breaks off in paragraph 4). Pacific pair; a ministerial forum, no cyber in this copy. '26th' = round 26. Date and place in the body ('held in Brisbane on 6 April 2018'). Series as in the body ('Australia-Papua New Guinea Ministerial Forum'; the headline has it the other way round). Co-chairs one per side ('the Hon', 'MP', 'OBE' dropped): Bishop 'Minister for Foreign Affairs', Pato 'Minister for Foreign Affairs and Trade'. The 'Participating ... Ministers' are not heads and name no agencies. No topics: paragraph 3 is condolences and agreements.",
 "series": "Australia-Papua New Guinea Ministerial Forum",
 "round": 26, "date": "2018-04-06", "status": "held",
 "location": {"name": "Brisbane", "country": "AU"},
 "participants": ["AU", "PG"],
 "delegations": [
  {"country": "AU", "head": {"name": "Julie Bishop", "title": "Minister for Foreign Affairs"}},
  {"country": "PG", "head": {"name": "Rimbink Pato", "title": "Minister for Foreign Affairs and Trade"}}]
}

R['s11-tj-kg-2018-khovar'] = {
 "$comment": "REAL text (Tajik state news agency Khovar), https://eng.khovar.tj/2018/07/tajik-and-kyrgyz-foreign-ministers-discussed-the-whole-range-of-topical-issues-of-bilateral-relations ; the trailing list of other headlines dropped. Central Asian pair; a one-off bilateral meeting (no series, no round) on the sidelines of a regional meeting. 'On July 21' takes the year of the dateline 'DUSHANBE, 23.07.2018' (DUSHANBE is not the place). Place Cholpon-Ata (Kyrgyzstan). Heads: Muhriddin ('Minister of Foreign Affairs of the Republic of Tajikistan' -> 'Minister of Foreign Affairs') and 'his Kyrgyz counterpart Erlan Abdyldaev' (no title). Topics: the objects of 'was discussed' and 'an exchange of views on', split at commas and 'as well as'. The Central Asian foreign ministers' meeting and the February 2018 presidential visit are related events.",
 "date": "2018-07-21", "status": "held",
 "location": {"name": "Cholpon-Ata", "country": "KG"},
 "participants": ["TJ", "KG"],
 "topics": [
  "the whole complex of topical issues of bilateral relations",
  "prospects for further development of cooperation in political, trade, economic, cultural and humanitarian spheres",
  "cooperation in joint countering the threats of terrorism and extremism",
  "speeding up the process of delimitation of the border",
  "solving water and energy issues",
  "issues of interaction within regional and international organizations"],
 "delegations": [
  {"country": "TJ", "head": {"name": "Sirojiddin Muhriddin", "title": "Minister of Foreign Affairs"}},
  {"country": "KG", "head": {"name": "Erlan Abdyldaev"}}],
 "related_events": [
  {"description": "the Consultative Meeting of the Foreign Ministers of Central Asia"},
  {"description": "the official visit of the President of the Kyrgyz Republic Sooronbay Jeenbekov to the Republic of Tajikistan in February 2018", "date": "2018-02",
   "location": {"name": "Republic of Tajikistan", "country": "TJ"},
   "attendees": [{"name": "Sooronbay Jeenbekov", "title": "President of the Kyrgyz Republic", "country": "KG"}]}]
}

R['s12-cn-ru-2023-anews-announced'] = {
 "$comment": "REAL text (A News, Turkey), https://www.anews.com.tr/diplomacy/2023/09/18/china-russia-to-hold-strategic-security-consultation ; ADAPTED: the headline (from the address) is mine; the 'Contact Us' clutter dropped; the 'Published September 18,2023' line stands where the index has it. ANNOUNCEMENT ('set to conduct a four-day strategic security consultation starting on Monday'): status announced; Monday against Published September 18, 2023 (a Monday) = 2023-09-18. Place 'in Russia' (country only). No series name, no round. Heads: 'will be led by Foreign Minister Wang Yi'; 'represented by Nikolai Patrushev, who serves as the secretary of the Russian Security Council' (title as written). No topics. Wang's Malta meeting with Sullivan is a related event (no date written: 'a day after').",
 "date": "2023-09-18", "status": "announced",
 "location": {"name": "Russia", "country": "RU"},
 "participants": ["CN", "RU"],
 "delegations": [
  {"country": "CN", "head": {"name": "Wang Yi", "title": "Foreign Minister"}},
  {"country": "RU", "head": {"name": "Nikolai Patrushev", "title": "secretary of the Russian Security Council"}}],
 "related_events": [
  {"description": "a two-day meeting with US National Security Advisor Jake Sullivan in Malta", "location": {"name": "Malta", "country": "MT"},
   "attendees": [{"name": "Wang Yi", "country": "CN"}, {"name": "Jake Sullivan", "title": "National Security Advisor", "country": "US"}]}]
}

os.makedirs(G, exist_ok=True)
for name, rec in R.items():
    with open(os.path.join(G, name + '.json'), 'w', encoding='utf-8') as f:
        json.dump(rec, f, ensure_ascii=False, indent=1)
        f.write('\n')
print(len(R), 'records')
