#!/usr/bin/python3
"""Writes /work/blind-q/gold/*.json (all gold records of the blind split Q in one reviewable file)."""
import json, os
G = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'gold')
R = {}

R['q01-au-id-2020-dfat'] = {
 "$comment": "REAL text (DFAT news item, joint statement), https://www.dfat.gov.au/news/news/third-australia-indonesia-cyber-policy-dialogue ; 'Skip to main content', 'News' and 'Category International relations' (page clutter) dropped; the copy breaks off in the next paragraph ('... actors who seek to expl'), which is dropped. Glued words 'theDepartment', 'Agency(BSSN)' kept as the index holds them. 'third' = round 3. 'held virtually on 2 September 2020': attendance virtual, no location (Canberra is where the 2020 Plan of Action was signed, a trap; that signing is background, not written as a related event). Heads: Feakin ('Dr.' dropped; title as written, no separate agency) and Siburian ('Lieutenant General (Ret.)' dropped; 'Head' of the 'National Cyber and Crypto Agency', acronym dropped). Agencies in text order; 'BSSN' is listed again at the end of the Indonesian list and kept as spelled. Topics: the object of 'Participants discussed', split at 'including', commas and 'and'. The 'areas of information sharing, ...' of 'reinforced the close cyber cooperation' describe the partnership, not the agenda.",
 "series": "Australia-Indonesia Cyber Policy Dialogue",
 "round": 3, "date": "2020-09-02", "status": "held", "attendance": "virtual",
 "participants": ["AU", "ID"],
 "topics": [
  "the evolving situation in cyber space",
  "main challenges and best practice approaches to managing strategic threats",
  "national cyber security strategies",
  "relevant legislation"],
 "delegations": [
  {"country": "AU", "head": {"name": "Tobias Feakin", "title": "Ambassador for Cyber Affairs and Critical Technology"},
   "agencies": ["Australian Cyber Security Centre", "Australian Federal Police", "Department of Home Affairs", "Department of Industry, Science, Energy and Resources", "Department of the Prime Minister and Cabinet", "Department of Foreign Affairs and Trade"]},
  {"country": "ID", "head": {"name": "Hinsa Siburian", "title": "Head", "agency": "National Cyber and Crypto Agency"},
   "agencies": ["Ministry of Foreign Affairs", "Coordinating Ministry for Political, Legal and Security Affairs", "Indonesian National Police", "Ministry of Communication and Information Technology", "Ministry of Defense", "Indonesian Embassy in Canberra", "BSSN"]}]
}

R['q02-id-nl-2021-government-nl'] = {
 "$comment": "REAL text (Government of the Netherlands, diplomatic statement), https://www.government.nl/documents/diplomatic-statements/2021/01/21/first-indonesia-netherlands-cyber-policy-dialogue-joint-statement ; the copy breaks off in the next paragraph ('... severity of cyber sec'), which is dropped. DATE TRAP: the English text says 'held virtually on 21 January 2020' while the address (2021/01/21) and the Dutch version of the statement say 2021; the gold follows the text alone ('2020-01-21'); the file name carries the publication year 2021. 'first' = round 1; virtual, no location (Jakarta is where the 2018 Letter of Intent was signed: background, not a related event). Heads: Siburian (rank dropped; 'Head', agency 'National Cyber and Crypto Agency', acronym dropped) and Jaarsma ('Ms.' dropped; title as written). Agencies in text order, acronyms in parentheses dropped ('(BNPT)'); the final 'BSSN' kept as spelled; the grouped 'Dutch Embassies in Jakarta and Singapore' expanded to two. Topics: the object of 'Participants discussed', split as in q01.",
 "series": "Indonesia-Netherlands Cyber Policy Dialogue",
 "round": 1, "date": "2020-01-21", "status": "held", "attendance": "virtual",
 "participants": ["ID", "NL"],
 "topics": [
  "the evolving situation in cyber space",
  "main challenges and best practice approaches to managing strategic threats",
  "national cyber security strategies",
  "relevant legislation"],
 "delegations": [
  {"country": "ID", "head": {"name": "Hinsa Siburian", "title": "Head", "agency": "National Cyber and Crypto Agency"},
   "agencies": ["Ministry of Foreign Affairs", "Coordinating Ministry for Political, Legal and Security Affairs", "Indonesian National Police", "Ministry of Communication and Information Technology", "National Counter Terrorism Agency", "BSSN"]},
  {"country": "NL", "head": {"name": "Nathalie Jaarsma", "title": "Ambassador-at-Large for Security Policy and Cyber"},
   "agencies": ["Ministry of Foreign Affairs", "Ministry of Justice and Security", "National Coordinator for Security and Counterterrorism", "National Police", "Dutch Embassy in Jakarta", "Dutch Embassy in Singapore"]}]
}

R['q03-vn-in-2022-vns-einpresswire'] = {
 "$comment": "REAL text (Viet Nam News / VNS item via EIN Presswire), https://www.einpresswire.com/article/590864536/second-vi-t-nam-india-security-dialogue-held ; ADAPTED: the headline (from the address, diacritics lost there, written 'Viet Nam') and the line 'Published: 2022-09-14' (page date the index gives; the wire header 'VIETNAM, September 14 -' has no year) are mine; the last, cut paragraph ('India's National Security Council Secretariat (NSCS) ... between the two si') dropped; em dash made ASCII. A security dialogue with cyber only in an offer. 'second' = round 2. 'on Tuesday' resolved against Wednesday 14 September 2022 -> 2022-09-13. Place New Delhi from the body (the 'NEW DELHI -' dateline alone would not count). Heads: Quang ('Sen. Lieu. Gen.' dropped; title as written) and Misri. Topic: the item of 'The dialogue agenda also included' (kept whole; see README doubts). 'a number of issues of shared concern' is too vague to be written; agreements, the IPOI reiteration and the cyber-security offer are not topics.",
 "series": "Vi\u1ec7t Nam-India security dialogue",
 "round": 2, "date": "2022-09-13", "status": "held",
 "location": {"name": "New Delhi", "country": "IN"},
 "participants": ["VN", "IN"],
 "topics": [
  "the sharing of best practices to combat piracy and illegal fishing"],
 "delegations": [
  {"country": "VN", "head": {"name": "L\u01b0\u01a1ng Tam Quang", "title": "Deputy Minister of Public Security"}},
  {"country": "IN", "head": {"name": "Vikram Misri", "title": "Deputy National Security Advisor"}}]
}

R['q04-in-vn-2024-globalindiannewsnetwork'] = {
 "$comment": "REAL text (Global Indian News Network), https://globalindiannewsnetwork.com/india-vietnam-strengthen-ties-at-security-dialogue-in-ha-noi ; ADAPTED: the headline (from the address) is mine; the body is as the index holds it. 'third' = round 3; 'December 5, 2024, in Ha Noi, Vietnam'. Series written as 'India-Vietnam Security Dialogue' (the text: 'their third Security Dialogue', 'The biennial security dialogue'; the pair from the headline). Co-chairs one per side ('Lt. Gen.' dropped; titles as written without the possessive 'India's'/'Vietnam's'). Topics: objects of 'exchanging perspectives on', 'focused on' (three items) and 'discussions covered' (three items); 'discussing ways to boost cooperation in several key areas' too vague; 'agreed to deepen cooperation on ... cyber-crime' is an agreement. Related events: Kapoor's side meetings during the visit (attendees as written) and the announced fourth dialogue in India.",
 "series": "India-Vietnam Security Dialogue",
 "round": 3, "date": "2024-12-05", "status": "held",
 "location": {"name": "Ha Noi", "country": "VN"},
 "participants": ["IN", "VN"],
 "topics": [
  "global and regional security matters",
  "strengthening joint efforts in countering terrorism",
  "tackling organised crime",
  "improving information-sharing between law enforcement agencies",
  "expanding training programs",
  "capacity-building initiatives",
  "UN peacekeeping collaboration"],
 "delegations": [
  {"country": "IN", "head": {"name": "Pavan Kapoor", "title": "Deputy National Security Adviser"}},
  {"country": "VN", "head": {"name": "Pham The Tung", "title": "Deputy Minister of Public Security"}}],
 "related_events": [
  {"description": "Deputy NSA Kapoor held discussions with Vietnam's Minister of Public Security, General Luong Tam Quang, and Deputy Prime Minister and Minister of Foreign Affairs, Bui Thanh Son",
   "attendees": [
    {"name": "Pavan Kapoor", "title": "Deputy NSA", "country": "IN"},
    {"name": "Luong Tam Quang", "title": "Minister of Public Security", "country": "VN"},
    {"name": "Bui Thanh Son", "title": "Deputy Prime Minister and Minister of Foreign Affairs", "country": "VN"}]},
  {"description": "The fourth dialogue is scheduled to take place in India.",
   "location": {"name": "India", "country": "IN"}}]
}

R['q05-ph-au-2025-philembassy'] = {
 "$comment": "REAL text (Philippine Embassy, Canberra, press release), https://philembassy.org.au/latest/news/philippines-australia-hold-inaugural-dialogue-to-strengthen-cooperation-in-cyber-and-critical-technology ; ADAPTED: the headline (from the address) is mine; the en dash of the date line made ASCII; the last, cut paragraph ('The 2024 Philippines-Australia MOU on Cyber and Critical Techn') dropped. 'inaugural' = round 1. The only date is the release's 'CANBERRA 09 December 2025' line; the meeting's own day is not given, so the date is the year alone ('2025'; a reader may write 2025-12 or 2025-12-09). Place Canberra from the body ('held their inaugural Cyber Dialogue in Canberra'), not the dateline. Series composed from the pair and 'Cyber Dialogue'. TWO co-chairs per side (head arrays); titles as written ('Australian' dropped from Hunter's), agencies after 'of the ...', acronyms dropped; the agencies lists repeat the heads' agencies (no other agency is named). Topics: the objects of 'Discussions focused on'; 'explored opportunities ... in areas such as ...' and 'emphasized the importance of ...' are not written as topics (as 'explored new ways' in N).",
 "series": "Philippines-Australia Cyber Dialogue",
 "round": 1, "date": "2025", "status": "held",
 "location": {"name": "Canberra", "country": "AU"},
 "participants": ["PH", "AU"],
 "topics": [
  "strengthening cyber resilience",
  "deepening collaboration between government and industry in critical technology"],
 "delegations": [
  {"country": "PH", "head": [
    {"name": "Julius Gorospe", "title": "Special Assistant to the Secretary for Cybersecurity", "agency": "Department of Information and Communications Technology"},
    {"name": "Marshall Louis Alferez", "title": "Assistant Secretary", "agency": "Department of Foreign Affairs"}],
   "agencies": ["Department of Information and Communications Technology", "Department of Foreign Affairs"]},
  {"country": "AU", "head": [
    {"name": "Jessica Hunter", "title": "Ambassador for Cyber Affairs and Critical Technology"},
    {"name": "Ashley Bell", "title": "Assistant Secretary for Cyber Policy and Programs", "agency": "Department of Home Affairs"}],
   "agencies": ["Department of Home Affairs"]}]
}

R['q06-ph-us-jp-2024-manila-shimbun-announced'] = {
 "$comment": "REAL text (The Daily Manila Shimbun), https://www.manila-shimbun.com/category/english/news279443.html ; ADAPTED: the line 'Published: 2024-10-11' (page date the index gives) is mine; the last, cut quotation ('Rest assured that we will continue to contribute to the') dropped. ANNOUNCEMENT of a future trilateral meeting: status 'announced'. 'its first trilateral cyber dialogue' = round 1; no series name in the text (none written). 'next week' from a story of Friday 11 October 2024 (the official spoke 'Thursday') -> the week of 14-18 October: date '2024-10'. Place Singapore ('in Singapore next week'). Three participants in text order (the Philippines, the United States, Japan). No heads: Dy is interviewed, not said to lead; Nihei spoke at a summit. Topics: the three items of 'the agenda for the trilateral dialogue includes' (split at commas and 'and'); the quoted 'we'll be discussing that' (Open RAN grant), 'will be discussed' and 'We're also discussing' items are not written (see README doubts). The CIIP Summit is where the interview took place, not a related event of the dialogue.",
 "round": 1, "date": "2024-10", "status": "announced",
 "location": {"name": "Singapore", "country": "SG"},
 "participants": ["PH", "US", "JP"],
 "topics": [
  "collaboration in capacity building",
  "collaboration in information sharing between its computer emergency response teams",
  "collaboration in promoting open and secure ICT infrastructures"]
}

R['q07-vn-au-2019-vgp'] = {
 "$comment": "REAL text (Viet Nam Government Portal, VGP), http://news.gov.vn/Home/7th-VNAustralia-diplomaticdefense-strategic-dialogue-organized/201912/38226.vgp ; the long province navigation list (page clutter) dropped; the copy breaks off inside the last sentence ('... on the basis of the 2010 memorandum of understanding on defense cooperation'), which is dropped; en dashes in 'diplomatic-defense' made ASCII. A diplomatic-defence (security) dialogue; no cyber in this copy. '7th' = round 7; 'on December 10' takes the year of the date line 'December 11, 2019' -> 2019-12-10. Place Canberra from the body. FOUR co-chairs, two per side (head arrays, in text order): Binh (rank 'Rear Admiral' dropped; title 'Deputy Chief of the General Staff', agency 'Viet Nam People's Army'), Dung (title as written, no separate agency), Maude and Tesch ('Deputy Secretary' of the department, agency as spelled, 'Department of Defense'). Topic: the object of 'reviewed'.",
 "series": "VN-Australia diplomatic-defense strategic dialogue",
 "round": 7, "date": "2019-12-10", "status": "held",
 "location": {"name": "Canberra", "country": "AU"},
 "participants": ["VN", "AU"],
 "topics": ["the strong developments in bilateral relations"],
 "delegations": [
  {"country": "VN", "head": [
    {"name": "Nguyen Trong Binh", "title": "Deputy Chief of the General Staff", "agency": "Viet Nam People's Army"},
    {"name": "Nguyen Quoc Dung", "title": "Deputy Minister of Foreign Affairs"}]},
  {"country": "AU", "head": [
    {"name": "Richard Maude", "title": "Deputy Secretary", "agency": "Department of Foreign Affairs and Trade"},
    {"name": "Peter Tesch", "title": "Deputy Secretary", "agency": "Department of Defense"}]}]
}

R['q08-nato-jp-2019-ramanmedianetwork'] = {
 "$comment": "REAL text (NATO news item reposted by Raman Media Network, 'Courtesy: NATO'), https://ramanmedianetwork.com/?p=49854 ; verbatim (curly quotes made straight). ORGANIZATION as a side (nato), Japan second as in the text. Cyber defence staff talks, no series name or round (none written). 'this week' with no date line: the only year is 'CYDEF 2019', the conference right after the talks -> date '2019' (the same story elsewhere is dated 2019-10-14, not used). Place Tokyo ('Following the staff talks in Tokyo'). No heads: Liflander and Matsumoto are quoted, not said to lead; no delegations. Topics: objects of 'to assess', 'compared notes on' and 'Another focus was on'. Related event: CYDEF 2019, opened by Liflander (no place given for it).",
 "date": "2019", "status": "held",
 "location": {"name": "Tokyo", "country": "JP"},
 "participants": ["nato", "JP"],
 "topics": [
  "current cyber threats",
  "policy developments",
  "current efforts by NATO and Japan to become more resilient to cyber attacks",
  "working together to support a norms-based, predictable, and secure cyberspace"],
 "related_events": [
  {"description": "Mr Liflander opened \"CYDEF 2019\", a conference funded by the NATO Science for Peace and Security Programme",
   "date": "2019",
   "attendees": [{"name": "Christian Liflander", "title": "Head of the Cyber Defence Section at NATO Headquarters"}]}]
}

R['q09-vn-au-2016-cvdvn-pano'] = {
 "$comment": "REAL text (Viet Nam People's Army Newspaper, PANO, as reposted by cvdvn.net), https://cvdvn.net/2016/11/29/vietnam-australia-hold-fourth-deputy-ministerial-strategic-dialogue/ ; the photo caption 'At the dialogue. Photo:' and the last, cut sentence ('... safety and fr') dropped. TWO DATE LINES (repost 'Wednesday, November 30, 2016', original 'Wednesday, November 23, 2016'), neither the meeting's: 'on November 21 in Hanoi' takes their year -> 2016-11-21. 'fourth' = round 4; series written from the body ('foreign-defense strategic dialogue at the deputy-ministerial level') with the pair of the headline. TWO heads per side: Vinh ('Senior Lieutenant General' dropped), Quy, Skinners (surname as spelled here; title as written 'Deputy Secretary Defense People') and Quinlan ('Deputy Secretary', agency 'Department of Foreign Affairs and Trade'). Topic: object of 'exchanged notes on'. Agreements (cooperation areas, APEC support) are outcomes.",
 "series": "Vietnam-Australia foreign-defense strategic dialogue",
 "round": 4, "date": "2016-11-21", "status": "held",
 "location": {"name": "Hanoi", "country": "VN"},
 "participants": ["VN", "AU"],
 "topics": ["international and regional issues of mutual concern"],
 "delegations": [
  {"country": "VN", "head": [
    {"name": "Nguyen Chi Vinh", "title": "Deputy Defense Minister"},
    {"name": "Dang Dinh Quy", "title": "Deputy Foreign Minister"}]},
  {"country": "AU", "head": [
    {"name": "Rebecca Skinners", "title": "Deputy Secretary Defense People"},
    {"name": "Gary Quinlan", "title": "Deputy Secretary", "agency": "Department of Foreign Affairs and Trade"}]}]
}

R['q10-in-vn-2024-orissadiary-pib'] = {
 "$comment": "REAL text (Indian Ministry of Defence / PIB release as published by Orissa Diary), https://orissadiary.com/14th-india-vietnam-defence-policy-dialogue-held-in-new-delhi/ ; ADAPTED: the headline (from the address) is mine; body verbatim (curly quotes made straight). A defence policy dialogue with cyber only in a proposal. '14th' = round 14; 'on August 01, 2024' in New Delhi. Co-chairs one per side ('Shri' and 'Senior Lieutenant General' dropped; 'of Vietnam' dropped from the title). Topic: object of 'reviewed'; the five focus areas Vietnam 'proposed' and the emerging areas (Cyber Security, ...) the Defence Secretary 'proposed' are proposals, not written as topics (see README doubts). Related events: the Letter of Intent signed after the meeting (no date written) and the June 2022 Joint Vision Statement signing.",
 "series": "India-Vietnam Defence Policy Dialogue",
 "round": 14, "date": "2024-08-01", "status": "held",
 "location": {"name": "New Delhi", "country": "IN"},
 "participants": ["IN", "VN"],
 "topics": ["the range of bilateral defence cooperation issues"],
 "delegations": [
  {"country": "IN", "head": {"name": "Giridhar Aramane", "title": "Defence Secretary"}},
  {"country": "VN", "head": {"name": "Hoang Xuan Chien", "title": "Deputy Minister of National Defence"}}],
 "related_events": [
  {"description": "After the meeting, the Defence Secretary and the Deputy Minister of National Defence of Vietnam signed a Letter of Intent to strengthen cooperation in the field of training including exchange of instructors and experts.",
   "attendees": [
    {"name": "Giridhar Aramane", "title": "Defence Secretary", "country": "IN"},
    {"name": "Hoang Xuan Chien", "title": "Deputy Minister of National Defence", "country": "VN"}]},
  {"description": "the signing of 'Joint Vision Statement on India-Vietnam Defence Partnership towards 2030' in June 2022 during the visit of Raksha Mantri Shri Rajnath Singh to Vietnam",
   "date": "2022-06",
   "location": {"name": "Vietnam", "country": "VN"},
   "attendees": [{"name": "Rajnath Singh", "title": "Raksha Mantri", "country": "IN"}]}]
}

R['q11-jp-cn-kr-2014-ssrc'] = {
 "$comment": "REAL text (Hitachi Systems SHIELD SSRC research-centre report, not a release), https://www.shield.ne.jp/ssrc/topics/SSRC-ER-14-039-en.html ; the reference list kept (items 1-3), its cut item 4 dropped. THREE participants in the order of the text (Japan, PRC, ROK). 'first' = round 1; series from the headline ('Cyber Dialogue between Japan, PRC, and ROK'). No day of the meeting: the date line 'Initial Disclosure Date: Oct 23, 2014' gives the year -> '2014' (the reference dates October 21, 2014 are of the MOFA release and of news items; a reader may write 2014-10). Place Beijing from the body. Heads: three, titles without the nationality adjective ('Japanese', 'PRC', 'ROK'). Japanese agencies: the two ministries. Topics: objects of 'introduced' (taken as 'provided updates on') and 'discussed'; venues UNGGE and ARF from the same sentence. Related event: the second meeting, announced for the ROK in 2015. The 2008 summit/Action Plan is background.",
 "series": "Cyber Dialogue between Japan, PRC, and ROK",
 "round": 1, "date": "2014", "status": "held",
 "location": {"name": "Beijing", "country": "CN"},
 "participants": ["JP", "CN", "KR"],
 "topics": [
  "their cyber security strategy and policy",
  "international efforts for cyber security at multilateral venues"],
 "venues": ["United Nations Group of Governmental Experts", "ASEAN Regional Forum"],
 "delegations": [
  {"country": "JP", "head": {"name": "Akira Kono", "title": "Ambassador in charge of Cyber Policy"},
   "agencies": ["Ministry of Defense", "Ministry of Internal Affairs and Communications"]},
  {"country": "CN", "head": {"name": "Fu Cong", "title": "Coordinator for Cyber Affairs"}},
  {"country": "KR", "head": {"name": "Choi Sung-Joo", "title": "Ambassador for International Security Affairs"}}],
 "related_events": [
  {"description": "The second meeting will be held in the ROK in 2015.", "date": "2015",
   "location": {"name": "ROK", "country": "KR"}}]
}

R['q12-vn-sg-2024-baoquocte'] = {
 "$comment": "REAL text (The World and Vietnam Report, baoquocte.vn, on an MPS release), https://en.baoquocte.vn/public-security-ministry-singapores-home-affairs-ministry-hold-deputy-ministerial-meeting-in-hanoi-289365.html ; the word 'Latest' (page clutter) and a table bar after the photo credit dropped; the last, cut sentence ('The two ministries will consider ... experience sharing in') dropped. The date and round are only in the PHOTO CAPTION line ('The 12th deputy ministerial-level annual meeting ... takes place in Hanoi on October 8, 2024. (Photo: MPS)'). Series written as the caption names it (long). Two ministries as the sides' bodies (agencies, acronym '(MPS)' dropped). Co-chairs: Hung ('Lieutenant General' and 'member of the Party Central Committee' dropped; 'Deputy Minister' of 'the MPS' = Ministry of Public Security) and Kam ('Permanent Secretary' of 'the Singaporean Ministry' = Ministry of Home Affairs). Topics: objects of 'reviewed, acknowledged and appreciated'. The cyber paragraph reports past cooperation (events attended), the rest are agreements.",
 "series": "deputy ministerial-level annual meeting between Vietnam's Ministry of Public Security and the Ministry of Home Affairs of Singapore",
 "round": 12, "date": "2024-10-08", "status": "held",
 "location": {"name": "Hanoi", "country": "VN"},
 "participants": ["VN", "SG"],
 "topics": [
  "the practical results of their cooperation",
  "the implementation of the contents they agreed at the previous meeting"],
 "delegations": [
  {"country": "VN", "head": {"name": "Le Quoc Hung", "title": "Deputy Minister", "agency": "Ministry of Public Security"},
   "agencies": ["Ministry of Public Security"]},
  {"country": "SG", "head": {"name": "Aubeck Kam", "title": "Permanent Secretary", "agency": "Ministry of Home Affairs"},
   "agencies": ["Ministry of Home Affairs"]}]
}

os.makedirs(G, exist_ok=True)
for name, rec in R.items():
    with open(os.path.join(G, name + '.json'), 'w', encoding='utf-8') as f:
        json.dump(rec, f, ensure_ascii=False, indent=1)
        f.write('\n')
print(len(R), 'records')
