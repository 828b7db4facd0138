#!/usr/bin/python3
"""Writes gold/*.json (written outside the repository as /work/blind-u) (all gold records of the blind split U in one reviewable file)."""
import json, os
G = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'gold')
R = {}

R['u01-cn-pk-2020-urdupoint-announced'] = {
 "$comment": "REAL text (UrduPoint / Pakistan Point News on a Pakistan Foreign Office release), https://www.urdupoint.com/en/pakistan/qureshi-departs-for-china-for-pak-china-fms-1006616.html ; verbatim (the page's summary line kept as its first line). ANNOUNCEMENT: the minister departs 'for participating in' a dialogue 'to be held in Hainan, China' -> status announced. 'Second Round' = round 2. The dialogue's own date is not given, only the visit 'August 20-21' and the date line '20th Aug, 2020': date '2020-08' (a reader may write 2020-08-20 with end 2020-08-21). Place 'Hainan' (ISLAMABAD dateline is not the place). Participants in source order: China is the first country named ('to China', 'China-Pakistan'), Pakistan second. Heads: Qureshi leads the Pakistani side, Wang Yi the Chinese side (title as written, with the typo 'Minster'). Topics: the objects of 'will ... discuss'. The first meeting 'in March last year' is a related event (2019-03).",
 "series": "China-Pakistan Foreign Ministers' Strategic Dialogue",
 "round": 2, "date": "2020-08", "status": "announced",
 "location": {"name": "Hainan", "country": "CN"},
 "participants": ["CN", "PK"],
 "topics": ["cooperation on COVID-19", "bilateral relations", "regional and international issues of mutual interest"],
 "delegations": [
  {"country": "PK", "head": {"name": "Shah Mahmood Qureshi", "title": "Foreign Minister"}},
  {"country": "CN", "head": {"name": "Wang Yi", "title": "State Councilor and Foreign Minster"}}],
 "related_events": [
  {"description": "The first meeting of the Dialogue was held in March last year", "date": "2019-03"}]
}

R['u02-cn-us-2015-xinhua-hxen'] = {
 "$comment": "REAL text (Xinhua wire as reposted by hxen.net), http://www.hxen.net/englishnews/nation/2015-11-13/407880.html ; ADAPTED: the line 'Published: 2015-11-13' is mine (the date in the address); the headline is the page's (its Chinese category prefix '国内英语新闻:' dropped), the site's related-articles list dropped. The text itself gives no year: 'Nov. 12' and 'on Thursday' take the year of the date line (2015-11-12 is a Thursday). A one-off preparatory meeting (no series, no round); the 'high-level joint dialogue mechanism' is a future dialogue, not this meeting's series. Place Beijing ('met in Beijing'; the BEIJING dateline alone would not count). Heads: Mayorkas led the U.S. side; Chen Zhimin is the counterpart the delegation 'held talks with' (Guo Shengkun only 'also met with the delegation': not a head). U.S. agencies as spelled in the 'led representatives from' list. Topic: the object of 'exchanging views on'. The state visit of September is a related event (2015-09).",
 "date": "2015-11-12", "status": "held",
 "location": {"name": "Beijing", "country": "CN"},
 "participants": ["CN", "US"],
 "topics": ["preparing for the high-level joint dialogue mechanism to combat cybercrime"],
 "delegations": [
  {"country": "US", "head": {"name": "Alejandro Mayorkas", "title": "Deputy Secretary of Homeland Security"},
   "agencies": ["Homeland Security", "State Department", "Department of Justice", "National Security Council", "FBI"]},
  {"country": "CN", "head": {"name": "Chen Zhimin", "title": "Vice Minister of Public Security"}}],
 "related_events": [
  {"description": "President Xi Jinping's state visit to the U.S. in September", "date": "2015-09"}]
}

R['u03-vn-sg-2023-vns-einpresswire'] = {
 "$comment": "REAL text (Viet Nam News via EIN Presswire), https://www.einpresswire.com/article/668992586/vi-t-nam-singapore-combine-forces-to-fight-transnational-crime ; ADAPTED: the headline (from the address, written without diacritics) and 'Published: 2023-11-16' (the page date the index gives) are mine. The wire header 'VIETNAM, November 16 -' has no year; 'on Thursday' resolves to 2023-11-16 (a Thursday). Ministers' talks, one-off (no series, no round). Place 'Hà Nội' as written. Heads: the two ministers, titles as written without 'Politburo member and' and without 'of Singapore'. No agency lists (the ministries are named only in the cooperation sentence). Topics: the four items of 'The officials discussed'; the agreements to sign agreements and MoUs are outcomes.",
 "date": "2023-11-16", "status": "held",
 "location": {"name": "Hà Nội", "country": "VN"},
 "participants": ["VN", "SG"],
 "topics": ["cyber safety", "administrative management", "non-traditional security", "e-governance"],
 "delegations": [
  {"country": "VN", "head": {"name": "Tô Lâm", "title": "Minister of Public Security"}},
  {"country": "SG", "head": {"name": "Teo Chee Hean", "title": "Minister for National Security"}}]
}

R['u04-by-uz-2020-newskitchen-mfa'] = {
 "$comment": "REAL text (Belarus MFA English release as reposted by newskitchen.eu), https://newskitchen.eu/2020/01/27/consultations-between-the-ministries-of-foreign-affairs-of-belarus-and-uzbekistan/ ; ADAPTED: the headline is mine, from the address. Foreign-ministry consultations, no series name, no round. Date and place from 'On January 27, 2020 Minsk hosted'. Heads one per side (title 'First Deputy Minister' as written). Agencies: 'the Ministries of Foreign Affairs of Belarus and Uzbekistan' expanded, one per side. Topics: 'a wide range of issues of mutual interest was considered' and the 'were discussed' sentence split into its economic sphere and the named fields; 'noted mutual interest in enhancing cooperation in ... culture, education and science' is a statement of interest, not written as topics (see doubts).",
 "date": "2020-01-27", "status": "held",
 "location": {"name": "Minsk", "country": "BY"},
 "participants": ["BY", "UZ"],
 "topics": ["a wide range of issues of mutual interest", "interaction in the economic sphere", "industry", "agriculture", "health care", "light industry"],
 "delegations": [
  {"country": "BY", "head": {"name": "Andrei Yeudachenka", "title": "First Deputy Minister"}, "agencies": ["Ministry of Foreign Affairs"]},
  {"country": "UZ", "head": {"name": "Ilhomjon Nematov", "title": "First Deputy Minister"}, "agencies": ["Ministry of Foreign Affairs"]}]
}

R['u05-uz-ru-2022-sputnik-virtual'] = {
 "$comment": "REAL text (Sputnik wire), https://sputniknews.com/20221226/tashkent-ready-to-intensify-political-dialogue-with-moscow-according-to-uzbek-foreign-ministry-1105805137.html ; ADAPTED: the line 'Published: 2022-12-26' is mine (page date and address); the address line that opens the index copy dropped. VIRTUAL ('via videoconference'): no location (the TASHKENT dateline is not the place). 'on Monday' / 'Earlier in the day' = 2022-12-26 (a Monday). Inter-ministerial consultations, no series. Heads: Galuzin and 'his Uzbek counterpart' Aloev (no title written for him). Topics: the object of 'was considered', the two objects of 'discussed' ('outlined plans for 2023' is an outcome), and the object of 'Particular attention ... was paid to'.",
 "date": "2022-12-26", "status": "held", "attendance": "virtual",
 "participants": ["UZ", "RU"],
 "topics": ["the schedule of events between the parliaments, governments and economic structures of Uzbekistan and Russia",
  "a wide range of issues of Uzbek-Russian relations of strategic partnership",
  "the progress of implementation of agreements reached following the meetings of the leaders",
  "the expansion of cultural and humanitarian exchanges"],
 "delegations": [
  {"country": "RU", "head": {"name": "Mikhail Galuzin", "title": "Deputy Foreign Minister"}},
  {"country": "UZ", "head": {"name": "Bakhrom Aloev"}}]
}

R['u06-jp-cn-2015-mofa-security'] = {
 "$comment": "REAL text (Japan MOFA English page), https://www.mofa.go.jp/a_o/c_m1/page3e_000315.html ; trimmed: the index copy breaks off inside section 2 ('as a pea...'); kept to the last whole sentence. A security (not cyber) dialogue. '13th' = round 13. Date from '(1) Date and time ... March 19 (Thur.), 2015' (the page date March 20 is not the meeting's). Place: 'Venue: Tokyo (Ministry of Foreign Affairs, Iikura Guest House)' -> Tokyo (a reader may write the building). Heads: the first-named participant of each side's foreign ministry (Sugiyama, Liu Jianchao), with the ministry as agency; 'Mr.' dropped. Agencies: the ministries/embassy headings of the Participants list per side. Topics: the items of '(4) Agenda', split at commas and at the 'and' joining two named things.",
 "series": "Japan-China Security Dialogue",
 "round": 13, "date": "2015-03-19", "status": "held",
 "location": {"name": "Tokyo", "country": "JP"},
 "participants": ["JP", "CN"],
 "topics": ["Japan's security and defense policies", "China's security and defense policies",
  "Japan-China Security Cooperation", "Japan-China Defense Exchange",
  "the international and regional security situation"],
 "delegations": [
  {"country": "JP", "head": {"name": "Shinsuke Sugiyama", "title": "Deputy Minister for Foreign Affairs", "agency": "Ministry of Foreign Affairs"},
   "agencies": ["Ministry of Foreign Affairs", "Ministry of Defense"]},
  {"country": "CN", "head": {"name": "Liu Jianchao", "title": "Assistant Minister", "agency": "Ministry of Foreign Affairs"},
   "agencies": ["Ministry of Foreign Affairs", "Ministry of National Defense", "Embassy of the PRC in Japan"]}]
}

R['u07-ru-kz-2023-russia-islworld-tass'] = {
 "$comment": "REAL text (GSV 'Russia - Islamic world' news item based on TASS, on a Kazakh MFA report), https://russia-islworld.ru/en/novosti//foreign-ministries-of-russia-and-kazakhstan-held-political-consultations-in-astana-2023-03-10-31656/ ; the signature 'GSV \"Russia - Islamic world\"' and 'Photo: Federation Council' dropped. Political consultations, no series, no round. The meeting's day is not given ('took place'; 'reported on Friday' under the date line 10 March 2023): date '2023' only, as heldout-n does for 'recently met' (a reader may write 2023-03 or 2023-03-10). Place Astana. Participants in headline order (Russia, Kazakhstan). Heads: the two deputy ministers ('the heads of delegations'). Agencies: 'Foreign Ministries of Russia and Kazakhstan' expanded, one per side. Topics: what 'were discussed', what the heads 'exchanged views on' and 'reviewed'. Venues: the three associations in parentheses.",
 "date": "2023", "status": "held",
 "location": {"name": "Astana", "country": "KZ"},
 "participants": ["RU", "KZ"],
 "topics": ["the state and prospects of bilateral Kazakhstan-Russia cooperation",
  "issues of interaction within the framework of integration associations (EEU, CSTO, CIS)",
  "topical issues of the international and regional agenda",
  "the preparation for the forthcoming events at the highest levels"],
 "venues": ["EEU", "CSTO", "CIS"],
 "delegations": [
  {"country": "KZ", "head": {"name": "Yermukhambet Konuspaev", "title": "Deputy Foreign Minister"}, "agencies": ["Foreign Ministry"]},
  {"country": "RU", "head": {"name": "Mikhail Galuzin", "title": "Deputy Foreign Minister"}, "agencies": ["Foreign Ministry"]}]
}

R['u08-in-bd-2023-newdelhitimes-foc'] = {
 "$comment": "REAL text (New Delhi Times on an MEA statement), https://www.newdelhitimes.com/india-bangladesh-foreign-office-consultations-held-in-new-delhi/ ; ADAPTED: the headline (from the address) and 'Published: 2023-11-25' (the page date the index gives) are mine; the trailing tweet address dropped. 'On November 24' takes the year of the date line. Series as the text names it ('India- Bangladesh Foreign Office Consultations', space dropped); no round. Place New Delhi. Heads one per side ('of Bangladesh' dropped from the title). Topics: the items of 'discussed ... including', of 'comprehensive discussions on ... covering' and of 'exchanged views on', in text order; '&' pairs kept whole as written, 'trade, commerce and connectivity' split at the commas and 'and'; 'cooperation in water, power and energy sectors' kept whole (one cooperation). Repeats across the two lists are kept (they are worded differently). The next FOC 'hosted in Bangladesh' is a related event without date.",
 "series": "India-Bangladesh Foreign Office Consultations",
 "date": "2023-11-24", "status": "held",
 "location": {"name": "New Delhi", "country": "IN"},
 "participants": ["IN", "BD"],
 "topics": ["border & security", "economic ties & connectivity", "power", "water sharing", "development cooperation",
  "regional & multilateral issues", "border and security", "trade", "commerce", "connectivity",
  "cooperation in water, power and energy sectors", "people to people ties", "development cooperation in Bangladesh",
  "sub regional, regional and multilateral issues"],
 "delegations": [
  {"country": "IN", "head": {"name": "Vinay Mohan Kwatra", "title": "Foreign Secretary"}},
  {"country": "BD", "head": {"name": "Masud Bin Momen", "title": "Foreign Secretary"}}],
 "related_events": [
  {"description": "the next FOC will be hosted in Bangladesh on a mutually convenient date", "location": {"name": "Bangladesh", "country": "BD"}}]
}

R['u09-in-us-2020-indembassy-virtual-foc'] = {
 "$comment": "REAL text (MEA press release as published by the Embassy of India in Sweden), https://indembassysweden.gov.in/section/press-releases/india-u-s-foreign-office-consultations ; 'Go to Navigation' dropped. VIRTUAL ('held virtual Foreign Office Consultations on 7 July 2020'): no location; the closing 'New Delhi / July 07, 2020' is the release's signature line, not the place. Series as the headline names it; no round. Heads: Shringla and Hale, titles as written ('the U.S.' dropped). Topics: objects of 'reviewed' (the 'including' list kept as one item), 'discussed' (split at 'including'), 'exchanged views on'; the health-partnership, Indo-Pacific and UN sentences are agreements/commitments. Venues: the UN bodies the text names. The 2+2 Ministerial 'later this year' is a related event (2020).",
 "series": "India-U.S. Foreign Office Consultations",
 "date": "2020-07-07", "status": "held", "attendance": "virtual",
 "participants": ["IN", "US"],
 "topics": ["the entire gamut of engagements under the India-US Comprehensive Global Strategic Partnership",
  "political, economic, commercial, regional and international cooperation",
  "ways to further enhance mutually beneficial trade and people-to-people ties",
  "visa facilitation for students and professionals",
  "a number of regional and global issues of shared interest"],
 "venues": ["United Nations", "United Nations Security Council"],
 "delegations": [
  {"country": "IN", "head": {"name": "Harsh Vardhan Shringla", "title": "Foreign Secretary"}},
  {"country": "US", "head": {"name": "David Hale", "title": "Under Secretary of State for Political Affairs"}}],
 "related_events": [
  {"description": "the 2+2 Ministerial that India will host later this year", "date": "2020"}]
}

R['u10-in-my-2022-etvbharat-foc'] = {
 "$comment": "REAL text (ETV Bharat on an MEA statement), https://www.etvbharat.com/english/national/bharat/india-malaysia-holds-5th-foreign-office-consultations/na20220413082957256 ; ADAPTED: the headline (from the address) and 'Published: 2022-04-13' (page date; also in the address) are mine. 'on Tuesday' resolves to 2022-04-12. '5th' = round 5. Place 'Putrajaya, Malaysia' (the 'New Delhi:' dateline is not the place). Co-chairs one per side, titles and ministries as written ('Dato'' dropped; ', India' / ', Malaysia' dropped); each ministry also as the side's agency. Topics: the objects of 'review' and 'exchange views on' in 'provided an opportunity to ...'. Related events: the courtesy call on the Foreign Minister (with its two attendees) and the next FOC in New Delhi; the next Joint Commission Meeting (no date, no place) not written.",
 "series": "India-Malaysia Foreign Office Consultations",
 "round": 5, "date": "2022-04-12", "status": "held",
 "location": {"name": "Putrajaya", "country": "MY"},
 "participants": ["IN", "MY"],
 "topics": ["the entire gamut of bilateral relations", "contemporary regional and global issues of mutual interest"],
 "delegations": [
  {"country": "IN", "head": {"name": "Saurabh Kumar", "title": "Secretary (East)", "agency": "Ministry of External Affairs"}, "agencies": ["Ministry of External Affairs"]},
  {"country": "MY", "head": {"name": "Amran Bin Mohamed Zin", "title": "Deputy Secretary-General for Bilateral Affairs", "agency": "Ministry of Foreign Affairs"}, "agencies": ["Ministry of Foreign Affairs"]}],
 "related_events": [
  {"description": "Secretary (East) also paid a courtesy call on H.E. Dato' Saifuddin Abdullah, Foreign Minister of Malaysia",
   "attendees": [{"name": "Saurabh Kumar", "title": "Secretary (East)", "country": "IN"},
                 {"name": "Saifuddin Abdullah", "title": "Foreign Minister", "country": "MY"}]},
  {"description": "It was agreed to hold the next FOC at a mutually convenient date in New Delhi", "location": {"name": "New Delhi", "country": "IN"}}]
}

R['u11-mn-tr-2017-4traders-mfa'] = {
 "$comment": "REAL text (Mongolian MFA release as carried by 4-traders.com), http://www.4-traders.com/news/Ministry-of-Foreign-Affairs-of-Mongolia-Political-consultations-between-Foreign-Ministries-of-Mong--25716158/ ; verbatim (typos such as 'education,energy', 'asorganization' kept). '4th' = round 4 ('held for the first time at the level of State secretaries' is not a round). Series composed from the text's own name of the meeting. Date 19 December 2017, place Ankara. Heads: the two who 'led' it ('Mr.' dropped), with their ministries as agencies; the ambassador and director-general who 'attended' are not heads. Mongolian agencies: 'Foreign Ministry' (head's) and 'Embassy of Mongolia in Ankara'; Turkish: 'Ministry of Foreign Affairs'. Topics: objects of 'evaluated', 'discussed about ... including', 'exchanged views on ... as well as', and the items that 'were in the agenda'. Related events: the Joint Commission meeting in Ulaanbaatar (March 2018) and the sideline meetings (attendees).",
 "series": "Political Consultations between the Ministries for Foreign Affairs of Mongolia and Turkey",
 "round": 4, "date": "2017-12-19", "status": "held",
 "location": {"name": "Ankara", "country": "TR"},
 "participants": ["MN", "TR"],
 "topics": ["the current level of bilateral relations", "the trade and economic relations",
  "establishing of Free Trade Agreement between two countries", "implementing a tourism complex project in Orkhon Valley",
  "enlarging the cooperation in the fields of education,energy, SMEs, defense and security",
  "the regional and international issues of mutual concern",
  "the celebration of the 50th anniversary of the establishment of the diplomatic relations between the two countries in 2019",
  "organization of the Economic and Trade Joint Commission 8th meeting in Ulaanbaatar in March of the year 2018",
  "high level visits to be paid in 2018-2019"],
 "delegations": [
  {"country": "MN", "head": {"name": "Davaasuren Damdinsuren", "title": "State Secretary", "agency": "Foreign Ministry"},
   "agencies": ["Foreign Ministry", "Embassy of Mongolia in Ankara"]},
  {"country": "TR", "head": {"name": "Ümit Yalçın", "title": "Undersecretary", "agency": "Ministry of Foreign Affairs"},
   "agencies": ["Ministry of Foreign Affairs"]}],
 "related_events": [
  {"description": "the Economic and Trade Joint Commission 8th meeting in Ulaanbaatar in March of the year 2018", "date": "2018-03",
   "location": {"name": "Ulaanbaatar", "country": "MN"}},
  {"description": "In the sidelines of the meeting, the State secretary met with Mr. Ümit Yardım, Deputy Undersecretary of the MFA of Turkey, and Mr. Vural Altay, Director-General for Bilateral Political Relations of the MFA, and Mr. Süreyya Er, Vice-President of TIKA",
   "attendees": [{"name": "Davaasuren Damdinsuren", "title": "State Secretary", "country": "MN"},
                 {"name": "Ümit Yardım", "title": "Deputy Undersecretary", "country": "TR"},
                 {"name": "Vural Altay", "title": "Director-General for Bilateral Political Relations", "country": "TR"},
                 {"name": "Süreyya Er", "title": "Vice-President", "country": "TR"}]}]
}

R['u12-th-cn-2024-opengovasia-cyber'] = {
 "$comment": "REAL text (OpenGov Asia news story), https://opengovasia.com/2024/05/29/thailand-and-china-unite-for-cyber-resilience/ ; ADAPTED: the headline (from the address) and 'Published: 2024-05-29' (date in the address) are mine; 'Getting your Trinity Audio player ready...' dropped; the index copy breaks off in the next sentence ('By working together, Thailand and China aim to create a more secure cyberspace,'), which is dropped. A cyber meeting of a ministry and an agency, one-off (no series). No meeting day and no year in the body: date '2024' (year of the date line). Place Bangkok ('The meeting, held in Bangkok'). Heads: the host minister and the visiting deputy minister ('Mr', 'His Excellency' dropped; acronyms '(DE)', '(CAC)', '(NCMC)' dropped). Thai agencies as spelled in the attendance list ('Ministry of DE', 'National Cyber Security Committee'); Chinese: the CAC. Topics: the object of 'was dedicated to' and of 'discussed'; 'highlighted', 'emphasised', 'underscored' and the agreement are not topics.",
 "date": "2024", "status": "held",
 "location": {"name": "Bangkok", "country": "TH"},
 "participants": ["TH", "CN"],
 "topics": ["call centre scams", "strategies for sharing intelligence, best practices, and technological innovations to dismantle these criminal networks"],
 "delegations": [
  {"country": "TH", "head": {"name": "Prasert Chandraruangthong", "title": "Minister of Digital Economy and Society"},
   "agencies": ["Ministry of DE", "National Cyber Security Committee"]},
  {"country": "CN", "head": {"name": "Wang Jingtao", "title": "Deputy Minister", "agency": "Cyberspace Administration of the People's Republic of China"},
   "agencies": ["Cyberspace Administration of the People's Republic of China"]}]
}

os.makedirs(G, exist_ok=True)
for name, rec in R.items():
    with open(os.path.join(G, name + '.json'), 'w', encoding='utf-8') as f:
        json.dump(rec, f, ensure_ascii=False, indent=1)
        f.write('\n')
print(len(R), 'records written')
