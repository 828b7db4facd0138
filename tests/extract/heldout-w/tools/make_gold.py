#!/usr/bin/python3
"""Writes gold/*.json (written outside the repository as /work/blind-w) (all gold records of the blind split W in one reviewable file)."""
import json, os
G = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'gold')
R = {}

R['w01-in-sg-2021-sify-ani-virtual'] = {
 "$comment": "REAL text (ANI wire on an MEA statement, via Sify), https://www.sify.com/news/india-singapore-hold-15th-foreign-office-consultations-discuss-ways-to-further-strengthen-bilateral-ties-news-international-vilpThdhjjhch.html ; ADAPTED: the headline (from the address) and 'Published: 2021-08-11' (page date the index gives) are mine. The dateline 'New Delhi [India], August 11 (ANI)' has no year; 'on Wednesday' / 'today' = 2021-08-11 (a Wednesday). VIRTUAL ('held in a virtual format'): no location (the dateline is not the place). '15th round' = round 15. Heads one per side, titles and ministries as written (', Singapore' dropped); each ministry also as the side's agency. Topics: objects of 'reviewed', 'discussed', 'was also discussed' (split at 'and'), 'were also discussed' (split at 'and'), 'Views were exchanged on'. The 'thanked' sentence and the ASEAN coordinator remark are not topics.",
 "series": "India-Singapore Foreign Office Consultations",
 "round": 15, "date": "2021-08-11", "status": "held", "attendance": "virtual",
 "participants": ["IN", "SG"],
 "topics": ["the entire gamut of bilateral relations", "ways to further strengthen economic engagement between both countries",
  "easing travel restrictions", "resumption of people-to-people contact",
  "ASEAN-India relations", "India Singapore cooperation in the Indo-Pacific",
  "international and strategic issues pertaining to the region"],
 "delegations": [
  {"country": "IN", "head": {"name": "Riva Ganguly Das", "title": "Secretary (East)", "agency": "Ministry of External Affairs"}, "agencies": ["Ministry of External Affairs"]},
  {"country": "SG", "head": {"name": "Chee Wee Kiong", "title": "Permanent Secretary", "agency": "Ministry of Foreign Affairs"}, "agencies": ["Ministry of Foreign Affairs"]}]
}

R['w02-ir-pk-2020-nation-ict'] = {
 "$comment": "REAL text (The Nation, Pakistan, on an official statement reported by IRNA), https://nation.com.pk/10-Feb-2020/pakistan-iran-vow-to-expand-cooperation-in-communications-technology-sector ; ADAPTED: the headline (from the address) and 'Published: 2020-02-10' (date in the address) are mine; 'Share:' dropped. An ICT working group (not cyber). 'first ever' = round 1. No meeting date in the text ('two-day session'; 'IRNA reported Sunday'): date '2020' only. Place Islamabad (in the body; the ISLAMABAD dateline alone would not count). Participants in text order (Iran, Pakistan). Co-chairs one per side: 'Secretary Ministry of Information Technology and Telecommunication Shoaib Ahmad Siddiqui' -> title 'Secretary', agency the ministry; the Iranian title as written with its ministry as agency. Topics: the two objects of 'revolved around' and the object of 'shared about'; 'streamlined on', 'emphasized on' and 'called for' are not written as topics. Series: the working group's name, acronym dropped.",
 "series": "Joint Working Group on Information and Communications Technologies",
 "round": 1, "date": "2020", "status": "held",
 "location": {"name": "Islamabad", "country": "PK"},
 "participants": ["IR", "PK"],
 "topics": ["exploring areas of cooperation in the field of ICT",
  "the creation of an enabling environment for harnessing the benefits of 4th Industrial Revolution and resulting digital space for the greater benefit of people especially the youth",
  "the developments of their local ICT sectors"],
 "delegations": [
  {"country": "PK", "head": {"name": "Shoaib Ahmad Siddiqui", "title": "Secretary", "agency": "Ministry of Information Technology and Telecommunication"},
   "agencies": ["Ministry of Information Technology and Telecommunication"]},
  {"country": "IR", "head": {"name": "Sattar Hashemi", "title": "Deputy Minister for Innovation and Technology Affairs", "agency": "Ministry of Information and Communications Technology"},
   "agencies": ["Ministry of Information and Communications Technology"]}]
}

R['w03-jp-cn-2023-mofa-security'] = {
 "$comment": "REAL text (Japan MOFA press release), https://www.mofa.go.jp/press/release/press1e_000381.html ; trimmed: the index copy breaks off in item 2 ('utilizing various framework...'); kept to the last whole sentence. Security (not cyber) dialogue, '17th round' = round 17, 'Wednesday February 22' under 'February 22, 2023'. Place 'the Ministry of Foreign Affairs' (a building without city; Japan's ministry in a Japanese release). Heads: no one is said to lead; the first-named official of each side's foreign ministry is written as head (YAMADA Shigeo, Sun Weidong; names as written, upper-case surname kept). Agencies: the two ministries named per side. Topics: the three objects of 'exchanged views on'; the hotline coordination is an outcome, the 'reiterated' positions are not topics.",
 "series": "Japan-China Security Dialogue",
 "round": 17, "date": "2023-02-22", "status": "held",
 "location": {"name": "Ministry of Foreign Affairs", "country": "JP"},
 "participants": ["JP", "CN"],
 "topics": ["both countries' security and defense policies", "their communications on security and defense matters", "international and regional affairs"],
 "delegations": [
  {"country": "JP", "head": {"name": "YAMADA Shigeo", "title": "Senior Deputy Minister for Foreign Affairs"},
   "agencies": ["Ministry of Foreign Affairs", "Ministry of Defense"]},
  {"country": "CN", "head": {"name": "Sun Weidong", "title": "Vice Minister of Foreign Affairs"},
   "agencies": ["Ministry of Foreign Affairs", "Ministry of National Defense"]}]
}

R['w04-jp-cn-2019-chinamil-kyodo-announced'] = {
 "$comment": "REAL text (China Military Online repost of a Japan Today / Kyodo story), http://english.chinamil.com.cn/view/2019-01/24/content_9412857.htm ; the last sentence, cut in the index copy ('If realized, Xi would become ... to Japa'), dropped. ANNOUNCEMENT of a future meeting ('are set to hold ... on Feb 1 in Beijing'): status announced; 'Feb 1' takes the year of the 'Time 2019-01-24' line. No series name in the text ('a security dialogue'; see doubts), no round. Place Beijing (TOKYO dateline is not the place). Heads: the two officials 'slated to attend' (a reader may write none). Topics: the object of 'may exchange views on', split at 'including'. Related events: the previous dialogue 'October 2017 when it was held in Tokyo', and the G20 summit in Osaka in June (2019-06).",
 "date": "2019-02-01", "status": "announced",
 "location": {"name": "Beijing", "country": "CN"},
 "participants": ["JP", "CN"],
 "topics": ["Japan's latest national defense guidelines",
  "its decision to pursue the deployment of aircraft carriers for the first time since the end of World War II"],
 "delegations": [
  {"country": "JP", "head": {"name": "Takeo Mori", "title": "Senior Deputy Minister for Foreign Affairs"}},
  {"country": "CN", "head": {"name": "Kong Xuanyou", "title": "Vice Foreign Minister"}}],
 "related_events": [
  {"description": "the first since October 2017 when it was held in Tokyo", "date": "2017-10", "location": {"name": "Tokyo", "country": "JP"}},
  {"description": "the Group of 20 summit to be held in Osaka in June", "date": "2019-06", "location": {"name": "Osaka", "country": "JP"}}]
}

R['w05-in-us-2022-lokmattimes-ani-foc'] = {
 "$comment": "REAL text (ANI via Lokmat Times, on an MEA statement), https://www.lokmattimes.com/international/fs-shringla-us-under-secy-of-state-discuss-mutual-regional-issues-including-indo-pacific-ukraine/ ; ADAPTED: the headline (from the address) and 'Published: 2022-03-21' (page date the index gives) are mine; the last, cut sentence ('They noted the close cooperation ... currently a no') dropped. 'on Monday' = 2022-03-21. Series as the text names it; no round. Place: 'met Shringla at Hyderabad House in New Delhi' -> New Delhi (a reader may write the building). Co-chairs one per side ('US' dropped from Nuland's title). Topics: object of 'reviewed' and the items of 'to discuss contemporary regional issues pertaining to ...' split at the commas and 'and'; commitments and agreements are outcomes. Related event: Modi's discussions with Biden in September 2021.",
 "series": "India-US Foreign Office Consultations",
 "date": "2022-03-21", "status": "held",
 "location": {"name": "New Delhi", "country": "IN"},
 "participants": ["IN", "US"],
 "topics": ["progress in various domains under the India-US Comprehensive Global Strategic Partnership",
  "contemporary regional issues pertaining to South Asia", "the Indo-Pacific region", "West Asia", "the situation in Ukraine"],
 "delegations": [
  {"country": "IN", "head": {"name": "Harsh Vardhan Shringla", "title": "Foreign Secretary"}},
  {"country": "US", "head": {"name": "Victoria Nuland", "title": "Under Secretary of State for Political Affairs"}}],
 "related_events": [
  {"description": "Prime Minister Narendra Modi's discussions with President Joe Biden in September 2021", "date": "2021-09"}]
}

R['w06-in-bd-2021-siasat-ani-announced'] = {
 "$comment": "REAL text (ANI via Siasat, on an MEA release), https://www.siasat.com/india-bangladesh-to-hold-foreign-office-consultations-tomorrow-2078110/ ; ADAPTED: the headline (from the address) and 'Published: 2021-01-28' (page date the index gives) are mine. ANNOUNCEMENT: 'will hold ... in New Delhi on Friday' -> status announced, date 2021-01-29 (the Friday after the date line; 'tomorrow' in the quoted tweet agrees). 'the next round' gives no number: no round. Series 'Foreign Office Consultations' named with the pair (composed as 'India-Bangladesh Foreign Office Consultations'). Heads one per side ('Ambassador' and 'of Bangladesh' dropped). Topics: the items of 'will review ..., including' (two-word 'and' pairs kept whole, as in u08), and the two further 'will discuss' / 'will also be discussed' objects. The PM's upcoming visit is also a related event (no date).",
 "series": "India-Bangladesh Foreign Office Consultations",
 "date": "2021-01-29", "status": "announced",
 "location": {"name": "New Delhi", "country": "IN"},
 "participants": ["IN", "BD"],
 "topics": ["the bilateral relations", "cooperation in the wake of COVID-19", "border management and security", "trade and investment",
  "connectivity", "energy", "water resources", "development partnership", "regional and multilateral issues",
  "joint activities to held throughout the year as the two countries celebrate 50 years of their diplomatic ties",
  "Preparations for the upcoming visit of the PM to Bangladesh"],
 "delegations": [
  {"country": "IN", "head": {"name": "Harsh Vardhan Shringla", "title": "Foreign Secretary"}},
  {"country": "BD", "head": {"name": "Masud Bin Momen", "title": "Foreign Secretary"}}],
 "related_events": [
  {"description": "the upcoming visit of the PM to Bangladesh"}]
}

R['w07-bd-in-2024-banglamirrornews-foc'] = {
 "$comment": "REAL text (Bangla Mirror News, UNB-style report), https://banglamirrornews.com/2024/12/09/bangladesh-india-foc-meeting-held/ ; ADAPTED: the headline (from the address) and 'Published: 2024-12-09' (date in the address) are mine; the last, cut sentence ('This is the first visit made by a senior Indian government official to') dropped. 'on Monday' = 2024-12-09. Place Dhaka ('to hold a several meetings in Dhaka, including the Foreign Office Consultations'). Participants in text order (Bangladesh, India). Series 'Foreign Office Consultations' with the pair as in the headline; no round. Heads: the two Foreign Secretaries who 'led' the delegations ('visiting Indian' dropped). No topics: 'exploring ways to address mutual concerns ...' is the report's summary of purpose (see doubts). Side meetings (Hossain, Yunus) are announced as likely and not written as related events; Hossain's Sunday seminar remarks are background.",
 "series": "Bangladesh-India Foreign Office Consultations",
 "date": "2024-12-09", "status": "held",
 "location": {"name": "Dhaka", "country": "BD"},
 "participants": ["BD", "IN"],
 "delegations": [
  {"country": "BD", "head": {"name": "Md Jashim Uddin", "title": "Foreign Secretary"}},
  {"country": "IN", "head": {"name": "Vikram Misri", "title": "Foreign Secretary"}}]
}

R['w08-uz-ru-2023-mfa-uz-online'] = {
 "$comment": "REAL text (Uzbek MFA English news page), https://mfa.uz/en/press/news/2023/deputy-foreign-minister-of-uzbekistan-held-meeting-with-the-deputy-minister-of-foreign-affairs-of-the-russian-federation---35011 ; verbatim. VIRTUAL ('held online meeting'): no location. One-off meeting of deputy ministers (no series). Heads: the two deputy ministers, titles as written ('of the Republic of Uzbekistan' / 'of the Russian Federation' dropped). Topics: objects of 'discussed', 'considered' and 'Particular attention is paid to'. The President's visit of October 5-7, 2023 is a related event (first day).",
 "date": "2023-12-11", "status": "held", "attendance": "virtual",
 "participants": ["UZ", "RU"],
 "topics": ["the current state and prospects for further development of bilateral cooperation",
  "the schedule of upcoming high-level events",
  "the practical implementation of the agreements reached during the visit of the President of the Republic of Uzbekistan to Russia on October 5-7, 2023"],
 "delegations": [
  {"country": "UZ", "head": {"name": "Bobur Usmanov", "title": "Deputy Foreign Minister"}},
  {"country": "RU", "head": {"name": "Mikhail Galuzin", "title": "Deputy Minister of Foreign Affairs"}}],
 "related_events": [
  {"description": "the visit of the President of the Republic of Uzbekistan to Russia on October 5-7, 2023", "date": "2023-10-05",
   "location": {"name": "Russia", "country": "RU"}}]
}

R['w09-ir-mn-2025-mehrnews'] = {
 "$comment": "REAL text (Mehr News Agency), https://en.mehrnews.com/news/231521/Tehran-hosts-Iran-Mongolia-political-consultation-meeting ; ADAPTED: the headline (from the address) and 'Published: 2025-05-06' (page date the index gives) are mine; the agency code 'MA/6459007' dropped. PLACE ONLY IN THE HEADLINE ('Tehran hosts'), which is from the address: written as Tehran (a reader of the body alone writes none). No meeting date: '2025' only. 'The second political consultation meeting' = round 2; series composed from the headline ('Iran-Mongolia political consultation'). Co-chairs ('chaired by') one per side, titles with their ministries as agency; the upper-case surname 'MUNKHTUSHIG' kept as written. Topic: the object of Mohammadi's 'reviewed' (one side's review, see doubts). The State Secretary's meeting with Deputy FM Mohajer is a related event with attendees; the 2026 anniversary is not an event.",
 "series": "Iran-Mongolia political consultation",
 "round": 2, "date": "2025", "status": "held",
 "location": {"name": "Tehran", "country": "IR"},
 "participants": ["IR", "MN"],
 "topics": ["the latest status of cooperation between the two countries in the political, economic, cultural, and international areas"],
 "delegations": [
  {"country": "IR", "head": {"name": "Ali Asghar Mohammadi", "title": "Assistant Minister and Director-General of Asia-Pacific Department", "agency": "Ministry of Foreign Affairs"},
   "agencies": ["Ministry of Foreign Affairs"]},
  {"country": "MN", "head": {"name": "MUNKHTUSHIG Lkhanaajav", "title": "State Secretary", "agency": "Ministry of Foreign Affairs"},
   "agencies": ["Ministry of Foreign Affairs"]}],
 "related_events": [
  {"description": "In his meeting with Deputy Foreign Minister for Economic Diplomacy Rasoul Mohajer, MUNKHTUSHIG Lkhanaajav submitted a comprehensive report on the second meeting of political consultations",
   "attendees": [{"name": "Rasoul Mohajer", "title": "Deputy Foreign Minister for Economic Diplomacy", "country": "IR"},
                 {"name": "MUNKHTUSHIG Lkhanaajav", "title": "State Secretary", "country": "MN"}]}]
}

R['w10-in-fr-2023-northeastherald-foc'] = {
 "$comment": "REAL text (Northeast Herald on an MEA statement, with an embedded tweet), https://northeastherald.in/national/indian-foreign-secretary-holds-consultations-with-french-counterpart ; the last, cut sentence ('Foreign Secretary also called on Catherine Colonna ... Emmanuel Moulin, Di') dropped; the tweet's em dash made '-'. The only year is the tweet's 'February 6, 2023'; the FOC is 'today' of a statement within a visit 'from Feb 5-7' reported 'on Tuesday' (Feb 7): date '2023-02' (see doubts). No place written for the FOC (an official visit to France; the 'New Delhi:' dateline is not the place): no location. Series 'Foreign Office Consultations', composed with the pair ('India-France'); no round. Co-chairs: Kwatra and Descôtes ('Ms' dropped; 'the French Ministry for Europe and Foreign Affairs' -> agency 'Ministry for Europe and Foreign Affairs'). Topics: items of 'reviewed ..., including', 'discussed ... including', 'exchanged views on topical issues such as' (the tweet's trilateral 'discussed' sentence is about the focal-points meeting, not written). Related events: the 36th Strategic Dialogue (Jan 5, New Delhi, two attendees) and the India-France-UAE focal points' meeting.",
 "series": "India-France Foreign Office Consultations",
 "date": "2023-02", "status": "held",
 "participants": ["IN", "FR"],
 "topics": ["progress on key areas of bilateral cooperation", "the various institutional dialogue mechanisms between the two countries",
  "civil nuclear domain", "cooperation vis-à-vis the UNSC given the end of India's term", "the people-to-people and cultural sphere",
  "global and regional issues", "climate and energy transition", "health", "trilateral cooperation",
  "India's G20 Presidency", "the conflict in Ukraine", "the security situation in Afghanistan"],
 "delegations": [
  {"country": "IN", "head": {"name": "Vinay Mohan Kwatra", "title": "Foreign Secretary"}},
  {"country": "FR", "head": {"name": "Anne-Marie Descôtes", "title": "Secretary-General", "agency": "Ministry for Europe and Foreign Affairs"},
   "agencies": ["Ministry for Europe and Foreign Affairs"]}],
 "related_events": [
  {"description": "the 36th Strategic Dialogue held on Jan 5 in New Delhi between Ajit Doval, National Security Advisor and Emmanuel Bonne, Diplomatic Advisor to the French President",
   "date": "2023-01-05", "location": {"name": "New Delhi", "country": "IN"},
   "attendees": [{"name": "Ajit Doval", "title": "National Security Advisor", "country": "IN"},
                 {"name": "Emmanuel Bonne", "title": "Diplomatic Advisor to the French President", "country": "FR"}]},
  {"description": "Foreign Secretary also participated in the Focal Points' Meeting of the India-France-UAE Trilateral Dialogue",
   "attendees": [{"name": "Vinay Mohan Kwatra", "title": "Foreign Secretary", "country": "IN"}]}]
}

R['w11-fj-au-2025-fbcnews-cyber'] = {
 "$comment": "REAL text (FBC News, Fiji, from a Fiji Government post), https://www.fbcnews.com.fj/news/fiji-strengthen-cooperation-with-australia-on-cybersecurity/ ; ADAPTED: the headline (from the address) and 'Published: 2025-06-09' (page date the index gives) are mine. PACIFIC pair; a cyber / digital meeting of a minister and an ambassador, one-off (no series). No day, no place: date '2025', no location. Heads: Naivalurua and Hunter, titles as written ('Australia's' dropped). Australian agency: 'Australian High Commission in Fiji' (attended); Fiji's Permanent Secretary is a title, not an agency. Topics: object of 'Discussions focused on', the two objects of 'Both sides discussed', and 'touched on ... and ...' split; 'reaffirmed', 'expressed its willingness', 'highlighted' are not topics.",
 "date": "2025", "status": "held",
 "participants": ["FJ", "AU"],
 "topics": ["cybersecurity and digital transformation priorities under the Vuvale Partnership between Fiji and Australia",
  "the growing role of artificial intelligence",
  "the need for governments and industries to work together to manage emerging technologies responsibly while improving digital literacy",
  "online safety", "social media regulation"],
 "delegations": [
  {"country": "FJ", "head": {"name": "Ioane Naivalurua", "title": "Minister for Policing and Communications"}},
  {"country": "AU", "head": {"name": "Jessica Hunter", "title": "Ambassador for Cyber Affairs and Critical Technology"},
   "agencies": ["Australian High Commission in Fiji"]}]
}

R['w12-uz-us-2021-uzdaily-strategic'] = {
 "$comment": "REAL text (UzDaily on a Dunyo agency report), https://www.uzdaily.uz/en/us-delegation-arrives-in-uzbekistan-13-12-2021 ; ADAPTED: the headline (from the address) and 'Published: 2021-12-13' (date in the address) are mine; the subscription line dropped. The record is the 'Uzbek-US negotiations' that 'began this morning in Tashkent' (held, 2021-12-13, one-off, no series); the first meeting of the Strategic Partnership Dialogue that 'will take place' within the visit is written as a related event (month of the visit; see doubts). Heads: Lu ('headed by') and Kamilov ('is headed by').",
 "date": "2021-12-13", "status": "held",
 "location": {"name": "Tashkent", "country": "UZ"},
 "participants": ["UZ", "US"],
 "delegations": [
  {"country": "US", "head": {"name": "Donald Lu", "title": "Assistant Secretary of State for South and Central Asian Affairs"}},
  {"country": "UZ", "head": {"name": "Abdulaziz Kamilov", "title": "Foreign Minister"}}],
 "related_events": [
  {"description": "Within the framework of the visit, the first meeting of the Strategic Partnership Dialogue between Uzbekistan and the United States will take place", "date": "2021-12"}]
}

os.makedirs(G, exist_ok=True)
for name, rec in R.items():
    with open(os.path.join(G, name + '.json'), 'w', encoding='utf-8') as f:
        json.dump(rec, f, ensure_ascii=False, indent=1)
        f.write('\n')
print(len(R), 'records written')
