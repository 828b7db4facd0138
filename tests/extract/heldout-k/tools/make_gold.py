#!/usr/bin/python3
"""Writes /work/blind-k/gold/*.json (all gold records of split K in one reviewable file)."""
import json, os
G = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'gold')
R = {}

R['k01-in-ru-2018-rusembindia'] = {
 "$comment": "REAL text, verbatim as the index holds the Russian Embassy in India's news page http://rusembindia.com/component/content/category/104-actualnews (curly apostrophe made straight; '8thBRICS' and the line break inside 'February / 15-16' kept as in the copy); the copy breaks off in the last sentence ('The Sides stressed the significance of adopting norms,'), which is dropped. 'Second Round' = round 2; 'February 15-16, 2018' = 2018-02-15/16; place New Delhi (in the body). Series as the text names it, the acronym '(ICTs)' dropped. Participants in the text's order (India-Russia). Heads: 'Mr'/'Dr' dropped; India's delegation 'was led by ... Khanna ..., in coordination with Dr Gulshan Rai' - only Khanna is written as head (see README doubts); Khramov's 'Deputy Secretary, Security Council of the Russian Federation' split into title and agency, the agency also listed. No topics: 'reaffirmed', 'highlighted the need', 'reiterated intention to strengthen practical cooperation on ..., including ...' and 'agreed' are pledges/outcomes, not things discussed. The call on India's National Security Adviser is a side event (not written); the 2016 agreement signed at the BRICS summit in Goa is background.",
 "series": "India-Russia Consultations on Security in the use of Information and Communication Technologies",
 "round": 2, "date": "2018-02-15", "end_date": "2018-02-16", "status": "held",
 "location": {"name": "New Delhi", "country": "IN"},
 "participants": ["IN", "RU"],
 "delegations": [
  {"country": "IN", "head": {"name": "Rajinder Khanna", "title": "Deputy National Security Adviser"}},
  {"country": "RU", "head": {"name": "Oleg Khramov", "title": "Deputy Secretary", "agency": "Security Council of the Russian Federation"},
   "agencies": ["Security Council of the Russian Federation"]}]
}

R['k02-asean-jp-2020-soumu-online'] = {
 "$comment": "REAL text, verbatim as the index holds the MIC (soumu.go.jp) English press release https://www.soumu.go.jp/main_sosiki/joho_tsusin/eng/pressrelease/2020/11/06_01.html (curly quotes made straight, bullet made ASCII); the copy breaks off in the 'Attendees' line ('... ASEAN Secretariat, Deputy Director-Generals of Ja'), which is dropped. 'held online' = attendance virtual, no place. '13th' = round 13; date 2020-10-20 (body and the 'Date/Time' line). ASEAN is the side (participants asean, JP in the series name's order); Cambodia co-chairs for ASEAN and is not a third participant (as e04-e07). Co-chairs one per side: Japan's Hayashi (title as written without the '(MIGA)' acronym; a university is not written as an agency); Cambodia's Sinawong Sang as head of the asean delegation, the text's 'Minister of Posts and Telecommunications' read as the ministry (see doubts). Japanese agencies: the three hosts in text order; 'Cabinet Secretariat (National Center of Incident Readiness and Strategy for Cybersecurity)' written as the centre it names (see doubts). The keynote speaker is not a head. Topics: objects of 'exchanged views regarding' (with its 'with particular reference to') and of 'confirmed and evaluated' (split at 'including', commas and the last 'and'); the new CA agreed is an outcome.",
 "series": "ASEAN-Japan Cybersecurity Policy Meeting",
 "round": 13, "date": "2020-10-20", "status": "held", "attendance": "virtual",
 "participants": ["asean", "JP"],
 "topics": [
  "the cybersecurity policies over the past year",
  "initiatives by each country under the circumstances of the spread of COVID-19",
  "collaborative activities",
  "cyber exercises",
  "joint awareness raising",
  "capacity building",
  "mutual notification for incidents"],
 "delegations": [
  {"country": "asean", "head": {"name": "Sinawong Sang", "title": "Undersecretary of State", "agency": "Ministry of Posts and Telecommunications"}},
  {"country": "JP", "head": {"name": "Hayashi Ryozo", "title": "Director of Musashino Institute for Global Affairs at Musashino University"},
   "agencies": ["National Center of Incident Readiness and Strategy for Cybersecurity", "Ministry of Internal Affairs and Communications", "Ministry of Economy, Trade and Industry"]}]
}

R['k03-asean-jp-2016-meti'] = {
 "$comment": "REAL text, verbatim as the index holds the METI English news release http://www.meti.go.jp/english/press/2016/1024_03.html (curly quotes made straight; the page's 'METI / Font Size Change / S M L / Easy Web Browsing tool' lines kept as clutter; a line break put between the joint-release line and the headline, which run together in the copy); the 'Notes' at the end are cut in the copy ('*1: The policy meetings had been held eight t...') and dropped. 'ninth' = round 9; 'On October 20 (Thurs.) and 21 (Fri.), 2016' = 2016-10-20/21; place Tokyo. Series from the headline. Participants asean, JP (series order). No delegations: the joint-release line names the issuing agencies, not attendees; no person is named. Topics: the three items of 'confirmed and assessed the progress in the efforts ... concerning' and the object of 'discussed'; the guidelines acknowledged, the decisions and the continued activities are outcomes.",
 "series": "ASEAN-Japan Information Security Policy Meeting",
 "round": 9, "date": "2016-10-20", "end_date": "2016-10-21", "status": "held",
 "location": {"name": "Tokyo", "country": "JP"},
 "participants": ["asean", "JP"],
 "topics": [
  "protection of critical information infrastructures",
  "an emergency liaison system for responding to the incidents due to cyber-attacks",
  "human resource development in the field of cybersecurity",
  "cooperation for the coming year"]
}

R['k04-jp-asean-2011-soumu'] = {
 "$comment": "REAL text, verbatim as the index holds the MIC press release http://www.soumu.go.jp/main_sosiki/joho_tsusin/eng/Releases/Telecommunications/110309_f.html ; the copy breaks off in the 'Attendees' line ('... from economy-, investment- and telecommunications'), which is dropped. 'Third' = round 3; 'from March 7 to 8, 2011' = 2011-03-07/08; place Tokyo (from the 'Date and time, etc.' line). Series as the quoted name (Japan first here, so participants JP, asean). The first (Tokyo, 2009) and second (Bangkok, 2010) meetings are background, not related events. Japanese agencies: the three 'Organizers' in text order, acronyms in parentheses dropped. The two 'Speakers' are not said to lead or chair: no heads. No topics: the text names no list of things discussed ('an exchange of information with the aim of ...', 'an exchange of ideas aiming to ...' state aims).",
 "series": "Japan-ASEAN Information Security Policy Meeting",
 "round": 3, "date": "2011-03-07", "end_date": "2011-03-08", "status": "held",
 "location": {"name": "Tokyo", "country": "JP"},
 "participants": ["JP", "asean"],
 "delegations": [
  {"country": "JP", "agencies": ["Cabinet Secretariat Information Security Center", "Ministry of Internal Affairs and Communications", "Ministry of Economy, Trade and Industry"]}]
}

R['k05-jp-gb-2025-digital-agency-virtual'] = {
 "$comment": "REAL text, verbatim as the index holds the Digital Agency of Japan news page https://digital.go.jp/en/news/02d07f5c-0301-48ba-9150-7119457195f8 (quotes made straight; the unbalanced '\"Both Participants\"' quote kept); the copy breaks off in point 3 ('3. Future telecoms and diversification / The Japan-UK Telecoms'), which is dropped. 'took place via videoconference on January 22, 2025' = attendance virtual, no place. 'The Third Ministerial ...' = round 3; series as the headline names it without 'Ministerial'. Heads: the persons each side 'was represented by' - three for Japan (array, 'Mr.'/'Ms.' dropped; Kishi's 'of Digital Agency' as his agency), one for the UK. Agencies: the bodies 'In attendance', in text order. No topics: the text names no list of things discussed; the Joint Statement's points (semiconductors, AI, ...) are commitments/outcomes (see doubts). The Hiroshima AI Process Friends group and the Council of Europe Convention are not venues of this meeting.",
 "series": "Japan-UK Digital Partnership Council",
 "round": 3, "date": "2025-01-22", "status": "held", "attendance": "virtual",
 "participants": ["JP", "GB"],
 "delegations": [
  {"country": "JP", "head": [
    {"name": "Kishi Nobuchiyo", "title": "Parliamentary Vice-Minister for Digital Transformation", "agency": "Digital Agency"},
    {"name": "Adachi Masashi", "title": "State Minister for Internal Affairs and Communications"},
    {"name": "Koga Yuichiro", "title": "State Minister of Economy, Trade and Industry"}],
   "agencies": ["Digital Agency", "Ministry of Internal Affairs and Communications", "Ministry of Economy, Trade and Industry"]},
  {"country": "GB", "head": {"name": "Margaret Jones", "title": "Parliamentary Under Secretary of State for the Future Digital Economy and Online Safety"},
   "agencies": ["Department for Science, Innovation and Technology"]}]
}

R['k06-eu-sg-2025-mddi-joint-statement'] = {
 "$comment": "REAL text, verbatim as the index holds the joint statement on the Singapore Ministry of Digital Development and Information site https://www.mddi.gov.sg/newsroom/joint-statement-of-the-second-meeting-of-the-european-union---singapore-digital-partnership-council (en dash in the headline and curly apostrophe made ASCII); the copy breaks off in the fourth paragraph's last sentence ('... as reflected in th'), which is dropped. A digital (not cyber) council. 'The second meeting' = round 2; 'in Brussels on 1 December 2025' = 2025-12-01, Brussels. Series as the body names it ('European Union - Singapore Digital Partnership Council'); participants eu, SG in that order. Co-chairs one per side: Virkkunen's title as written with 'of the European Commission' as her agency (as f07), also listed; 'Singapore's Minister ...' -> title only. Topic: the object of 'took stock of' (as f02; see doubts); the 'refresh of priority areas and deliverables' announced is an outcome. The inaugural meeting (Brussels, 1 February 2023) is an earlier round: background, not a related event (as f06).",
 "series": "European Union - Singapore Digital Partnership Council",
 "round": 2, "date": "2025-12-01", "status": "held",
 "location": {"name": "Brussels", "country": "BE"},
 "participants": ["eu", "SG"],
 "topics": ["the progress since the inaugural meeting of the EU-Singapore Digital Partnership Council"],
 "delegations": [
  {"country": "eu", "head": {"name": "Henna Virkkunen", "title": "Executive Vice-President of the European Commission for Tech Sovereignty, Security and Democracy", "agency": "European Commission"}, "agencies": ["European Commission"]},
  {"country": "SG", "head": {"name": "Josephine Teo", "title": "Minister for Digital Development and Information"}}]
}

R['k07-au-gb-2022-devdiscourse-announced'] = {
 "$comment": "REAL body, verbatim as the index holds the Reuters story on Devdiscourse https://www.devdiscourse.com/article/politics/1889994-australia-to-fight-back-against-hostile-states-in-cyber---minister ; ADAPTED: the headline (rebuilt from the page address) and the line '20-01-2022' (the page date the index gives) are mine. ANNOUNCED: ministers 'will meet ... on Friday for the annual Australia-United Kingdom Ministerial Consultations (AUKMIN)', in a story of Thursday 2022-01-20 -> Friday 2022-01-21, status announced. A ministerial (foreign + defence) security consultation with 'a big focus on cyber'. Place: 'ahead of consultations with Britain in Sydney': Sydney. Series as named, acronym dropped; 'annual' gives no round. Heads: two per side (arrays), titles as the text writes them (lower case), Australia's two named where the text names them (Dutton 'defense minister', Payne 'foreign affairs minister'). Topics: 'a big focus on cyber' and what 'Discussions will also identify' (split at 'and'). Related event: Payne's 'signing an agreement on Thursday with Truss' (2022-01-20). AUKUS and the cancelled French contract are background.",
 "series": "Australia-United Kingdom Ministerial Consultations",
 "date": "2022-01-21", "status": "announced",
 "location": {"name": "Sydney", "country": "AU"},
 "participants": ["AU", "GB"],
 "topics": [
  "cyber",
  "areas where Australia and Britain can work together in the Indo-Pacific region",
  "Australia's nuclear submarine program"],
 "delegations": [
  {"country": "AU", "head": [
    {"name": "Peter Dutton", "title": "defense minister"},
    {"name": "Marise Payne", "title": "foreign affairs minister"}]},
  {"country": "GB", "head": [
    {"name": "Ben Wallace", "title": "defense secretary"},
    {"name": "Liz Truss", "title": "foreign secretary"}]}],
 "related_events": [
  {"description": "Marise Payne signing an agreement on Thursday with Truss", "date": "2022-01-20",
   "attendees": [{"name": "Marise Payne", "title": "foreign affairs minister", "country": "AU"}, {"name": "Liz Truss", "title": "foreign secretary", "country": "GB"}]}]
}

R['k08-in-il-2020-pti-virtual'] = {
 "$comment": "REAL body, verbatim as the index holds the PTI story in The New Indian Express https://www.newindianexpress.com/nation/2020/dec/07/india-israel-review-ties-in-key-areas-2233116.html ; ADAPTED: the headline (from the page address) and the line 'Published: 07th December 2020' (the page date the index gives) are mine. Foreign office consultations (a general political dialogue) in which cyberspace and cybersecurity are reviewed. 'on Monday' = 2020-12-07 (a Monday); 'At a virtual meeting' = attendance virtual, no place (NEW DELHI is the dateline). No round. Series as the text writes it (lower case). Heads: one per side, titles as written; 'in the MEA' written with the full name the text gives ('the Ministry of External Affairs'); 'Director General of the Ministry of Foreign Affairs of Israel' split into title and agency. Topics: items reviewed, discussed and exchanged views on, in text order, each once (comma items kept whole, e.g. 'water and agriculture'); the praised projects are not topics.",
 "series": "India-Israel foreign office consultations",
 "date": "2020-12-07", "status": "held", "attendance": "virtual",
 "participants": ["IN", "IL"],
 "topics": [
  "defence and security",
  "cyberspace",
  "counter-terrorism",
  "energy",
  "their respective national approaches to mitigate the impact of COVID-19 pandemic",
  "ongoing collaboration in medical research",
  "cybersecurity",
  "water and agriculture",
  "science and technology",
  "innovation and start-ups",
  "trade and mutual investments",
  "regional and international issues of mutual interest"],
 "delegations": [
  {"country": "IN", "head": {"name": "Sanjay Bhattacharyya", "title": "Secretary (Consular, Passport and Visa, and Overseas Indian Affairs division)", "agency": "Ministry of External Affairs"}, "agencies": ["Ministry of External Affairs"]},
  {"country": "IL", "head": {"name": "Alon Ushpiz", "title": "Director General", "agency": "Ministry of Foreign Affairs"}, "agencies": ["Ministry of Foreign Affairs"]}]
}

R['k09-cn-gb-2016-gov-uk-communique'] = {
 "$comment": "REAL text, verbatim as the index holds the GOV.UK policy paper https://www.gov.uk/government/publications/china-uk-high-level-security-dialogue-official-statement/china-uk-high-level-security-dialogue-communique (curly apostrophes made straight, bullets made ASCII); the copy breaks off in the fourth counter-terrorism bullet ('... including through'), which is dropped. A security dialogue with cyber crime among its fields. 'the first' = round 1; 'On 13 June 2016' = 2016-06-13. No place in this text (other reports say Beijing; not written). Series as named; participants CN, GB in the name's order. Co-chairs one per side: Wang's 'Secretary-General of the Central Commission on Political and Legal Affairs (CCPLA)' split into title and agency (acronym dropped); Lyall Grant's 'the UK National Security Adviser' -> title 'National Security Adviser'. Topics: the fields of 'had in-depth discussions and agreed the direction of future cooperation in' ('and related fields' dropped). Venue: the UN. The agreed measures are outcomes; the 'bilateral discussions with relevant departments' are side meetings.",
 "series": "China-UK High Level Security Dialogue",
 "round": 1, "date": "2016-06-13", "status": "held",
 "participants": ["CN", "GB"],
 "topics": ["counter-terrorism", "cyber crime", "organised crime", "illegal migration"],
 "venues": ["UN"],
 "delegations": [
  {"country": "CN", "head": {"name": "Wang Yongqing", "title": "Secretary-General", "agency": "Central Commission on Political and Legal Affairs"}, "agencies": ["Central Commission on Political and Legal Affairs"]},
  {"country": "GB", "head": {"name": "Mark Lyall Grant", "title": "National Security Adviser"}}]
}

R['k10-asean-cn-2020-cochairs-virtual'] = {
 "$comment": "REAL text, verbatim as the index holds the Cyber Policy Portal database entry https://database.cyberpolicyportal.org/en/entity/1tfrsytxdh , which reproduces the co-chairs' statement with its source line (fmprc.gov.cn address and '2020-12-16 22:36') run into the text; the copy breaks off in the next sentence ('We reaffirmed the conclusions of the UNGGE ... open, sec'), which is dropped. 'Inaugural'/'1st' = round 1; 'held via video conference on 7th December 2020' = 2020-12-07, attendance virtual, no place. Series from the title. ASEAN is the side (participants asean, CN); the Philippines co-chairs for ASEAN and is not a third participant; no persons: no delegations (as e04). Topics: the issues of 'exchanged in-depth views and insights on issues including', comma items kept whole (see doubts). Venues: the UN, the OEWG (full name without the acronym) and the UN GGE. The ASEAN-China Summit and the Strategic Partnership Vision are background.",
 "series": "ASEAN-China Cyber Dialogue",
 "round": 1, "date": "2020-12-07", "status": "held", "attendance": "virtual",
 "participants": ["asean", "CN"],
 "topics": [
  "a general situation in cyberspace",
  "domestic policies and mechanism building",
  "global governance and development of rules in cyberspace",
  "cooperation on capacity building within the region"],
 "venues": ["United Nations", "Open-Ended Working Group on Developments in the Field of ICTs in the Context of International Security", "UN Group of Governmental Experts"]
}

R['k11-asean-jp-2013-joint-ministerial'] = {
 "$comment": "REAL text, verbatim as the index holds the Joint Ministerial Statement reposted by Malaya Business Insight http://www.malaya.com.ph/business-news/business/%E2%80%8Bjoint-ministerial-statement-asean-japan-ministerial-policy-meeting (curly quotes and apostrophe made straight; the repost's 'April 26, 2018, 7:41 pm' line and social-media icon labels kept as page clutter; the footnote's 'cybersecurity.Final' as in the copy); the copy breaks off in paragraph 5 ('... should continue t'), paragraph 5 dropped. A ministerial meeting in first-person joint-statement form. 'gathered in Tokyo, Japan on 12 and 13 September 2013' = 2013-09-12/13, Tokyo; the repost date (2018) is not the meeting's. Series as named; no round. Participants: ASEAN as the side (asean, JP), the ten member states listed by name are not written as participants (see doubts). No persons, no agencies, no topics (beliefs, acknowledgements and notes only). The ASEAN-Japan Information Security Policy Meetings since 2009 are background.",
 "series": "ASEAN-Japan Ministerial Policy Meeting on Cybersecurity Cooperation",
 "date": "2013-09-12", "end_date": "2013-09-13", "status": "held",
 "location": {"name": "Tokyo", "country": "JP"},
 "participants": ["asean", "JP"]
}

R['k12-kr-nl-2026-djournal'] = {
 "$comment": "REAL text, verbatim as the index holds https://djournal.kr/news/article.html?no=25097 (Diplomacy Journal; curly quotes made straight, the en dash in the dialogue's name made ASCII, 'critical raw materials.;' kept); the copy has no headline and no date line, and breaks off in the next paragraph ('In the digital domain, ... open, global, interoperable, s'), which is dropped. 'the first' = round 1; 'on February 11' has NO YEAR in the text: 2026 is from other copies of the same news (KBS World and korea.net: 11 February 2026) - see doubts. Place: 'at the Ministry of Foreign Affairs (MOFA) in Seoul': Seoul. A 2+2 ministerial dialogue with cyber among its subjects. Heads: two per side (arrays, titles as written; Yeo's 'of the Ministry of Trade, Industry and Resources' as his agency, also listed). Topics: objects of 'exchanged views on', split at commas and semicolons and in 'AI, cyber and emerging technologies'; 'and other areas' dropped. The joint statement's words are outcomes.",
 "series": "Korea-Netherlands 2+2 Foreign and Industry High-Level Dialogue",
 "round": 1, "date": "2026-02-11", "status": "held",
 "location": {"name": "Seoul", "country": "KR"},
 "participants": ["KR", "NL"],
 "topics": [
  "the changing global geoeconomic environment",
  "the spread of protectionism",
  "ways to deepen bilateral cooperation on economic security",
  "AI",
  "cyber",
  "emerging technologies",
  "the semiconductor industry",
  "critical raw materials"],
 "delegations": [
  {"country": "KR", "head": [
    {"name": "Cho Hyun", "title": "Minister of Foreign Affairs"},
    {"name": "Yeo Han-koo", "title": "Trade Minister", "agency": "Ministry of Trade, Industry and Resources"}],
   "agencies": ["Ministry of Trade, Industry and Resources"]},
  {"country": "NL", "head": [
    {"name": "David van Weel", "title": "Minister of Foreign Affairs"},
    {"name": "Aukje de Vries", "title": "Minister for Foreign Trade and Development Cooperation"}]}]
}

R['k13-za-gb-2021-dirco-announced'] = {
 "$comment": "REAL text, verbatim as the index holds https://africanewswire.za.com/international-relations-co-hosts-inaugural-information-communication-technology-cyber-dialogue-28-sept (a repost of the South African Government's DIRCO advisory, 'Source: Government of South Africa'; the comment-form lines kept as clutter). ANNOUNCED: 'will co-host the inaugural ... Cyber Dialogue on Tuesday, 28 September 2021' -> status announced, 2021-09-28, round 1. Series as named, the acronym '(ICT)' dropped. Participants in the text's order (ZA, GB). No place, no persons; no delegations (DIRCO is where the 2020 meeting was held, not said to be a delegation). Topics: the four 'thematic areas' the Dialogue 'will focus on', kept whole as the four areas the text counts (see doubts). Related event: the meeting held at DIRCO in January 2020 (month-only date; its areas are not topics of this dialogue). The UK Cyber Offices and the Africa Cyber Network are background.",
 "series": "Information Communication Technology Cyber Dialogue",
 "round": 1, "date": "2021-09-28", "status": "announced",
 "participants": ["ZA", "GB"],
 "topics": [
  "threat information exchange",
  "sustainability and capacity building",
  "standards and regulation",
  "cyber-governance"],
 "related_events": [
  {"description": "the meeting held at DIRCO in January 2020, where a number of areas of particular interest for South Africa were discussed", "date": "2020-01"}]
}

R['k14-vn-sg-2020-vietnamnet-virtual'] = {
 "$comment": "REAL text as the index holds the VietNamNet (VNA) story https://vietnamnet.vn/en/sci-tech-environment/vietnam-singapore-hold-ministerial-conference-on-cyber-security-677527.html (curly apostrophes made straight; the photo caption and the 'hinh anh 1' image label kept as clutter); the index holds the page in two overlapping excerpts, joined here without rewording (the last sentence completed from the second). A one-off ministerial meeting: no series, no round. 'virtual ... on September 29' takes the year of the date line '30/09/2020': 2020-09-29, attendance virtual, no place (Singapore is where SICW-5/ACMM-5 are held). Participants in the text's order (VN, SG). Heads: To Lam ('Gen.' is a rank, dropped), title 'Minister of Public Security', agency Ministry of Public Security; no Singaporean person is named. Agencies: the two ministries ('Vietnam's Y' / 'Singapore's Y' -> Y). Topics: objects of 'to discuss' (split at 'and') and 'exchanged information on'; 'prepare for' the two events and 'voiced concerns over' are not written as topics. Related events: SICW-5 and ACMM-5, 'to be held virtually in Singapore from October 5 to 9' (first day written; location Singapore as the text says).",
 "date": "2020-09-29", "status": "held", "attendance": "virtual",
 "participants": ["VN", "SG"],
 "topics": [
  "Vietnam's cyber space strategy",
  "how the country develops cyber security standards",
  "each country's cyber security situation"],
 "delegations": [
  {"country": "VN", "head": {"name": "To Lam", "title": "Minister of Public Security", "agency": "Ministry of Public Security"}, "agencies": ["Ministry of Public Security"]},
  {"country": "SG", "agencies": ["Ministry of Communications and Information"]}],
 "related_events": [
  {"description": "the 5th edition of Singapore International Cyber Week (SICW-5)", "date": "2020-10-05", "location": {"name": "Singapore", "country": "SG"}},
  {"description": "the 5th ASEAN Ministerial Conference on Cybersecurity (ACMM-5)", "date": "2020-10-05", "location": {"name": "Singapore", "country": "SG"}}]
}

os.makedirs(G, exist_ok=True)
for name, rec in R.items():
    with open(os.path.join(G, name + '.json'), 'w', encoding='utf-8') as f:
        json.dump(rec, f, ensure_ascii=False, indent=2)
        f.write('\n')
print(len(R), 'records written')
