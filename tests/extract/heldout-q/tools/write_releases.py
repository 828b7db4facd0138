#!/usr/bin/python3
"""Writes /work/blind-q/releases/*.txt and excluded/*.txt from the index excerpts (kept here for review)."""
import os
B = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
T = {}
T['releases/q01-au-id-2020-dfat'] = """Third Australia-Indonesia Cyber Policy Dialogue

Joint Statement

The third Australia-Indonesia Cyber Policy Dialogue was held virtually on 2 September 2020. The multi-agency Dialogue reinforced the close cyber cooperation and partnerships between the two countries in the areas of information sharing, cyber security best practices, capacity building and enhancing digital economy and addressing cybercrime.

The Australian delegation was led by the Ambassador for Cyber Affairs and Critical Technology, Dr. Tobias Feakin, and included representatives from the Australian Cyber Security Centre, the Australian Federal Police, the Department of Home Affairs, theDepartment of Industry, Science, Energy and Resources, the Department of the Prime Minister and Cabinet, and the Department of Foreign Affairs and Trade. The Indonesian delegation, led by Lieutenant General (Ret.) Hinsa Siburian, Head of the National Cyber and Crypto Agency(BSSN), included representatives from the Ministry of Foreign Affairs, the Coordinating Ministry for Political, Legal and Security Affairs, the Indonesian National Police, the Ministry of Communication and Information Technology, the Ministry of Defense, the Indonesian Embassy in Canberra and BSSN.

The Dialogue affirmed the two countries' ongoing commitment to enhance bilateral engagement on, and mutual understanding of, cyber issues consistent with the Plan of Action for the Indonesia-Australia Comprehensive Strategic Partnership (2020-2024), signed by our Foreign Ministers in Canberra on 10 February 2020. Participants discussed the evolving situation in cyber space, including main challenges and best practice approaches to managing strategic threats, national cyber security strategies and relevant legislation.
"""
T['releases/q02-id-nl-2021-government-nl'] = """First Indonesia-Netherlands Cyber Policy Dialogue: Joint Statement

The first Indonesia-Netherlands Cyber Policy Dialogue was held virtually on 21 January 2020. The multi-agency dialogue reinforced the close cyber cooperation and partnerships between the two countries in the areas of the normative international framework, capacity building, counterterrorism and disinformation in the context of cyberspace, and national policies to increase cyber security, to improve digital resilience of companies and communities, and to prevent and counter cybercrime.

The Indonesian delegations, led by Lieutenant General (Ret.) Hinsa Siburian, Head of the National Cyber and Crypto Agency (BSSN), included representatives from the Ministry of Foreign Affairs, the Coordinating Ministry for Political, Legal and Security Affairs, the Indonesian National Police, the Ministry of Communication and Information Technology, National Counter Terrorism Agency (BNPT) and BSSN. The Dutch delegations, led by Ambassador-at-Large for Security Policy and Cyber, Ms. Nathalie Jaarsma, and included representatives from the Ministry of Foreign Affairs, the Ministry of Justice and Security, the National Coordinator for Security and Counterterrorism, the National Police and the Dutch Embassies in Jakarta and Singapore.

The Dialogue underlined the two countries' ongoing commitment to enhance bilateral engagement on, and mutual understanding of, cyber issues consistent with the Letter of Intent on Enhancing Bilateral Cooperation in the Field of Cyberspace, signed by the Foreign Minister of the Netherlands and the Head of the Indonesian National Cyber and Crypto Agency in Jakarta on 3 July 2018. Participants discussed the evolving situation in cyber space, including main challenges and best practice approaches to managing strategic threats, national cyber security strategies and relevant legislation.
"""
T['releases/q03-vn-in-2022-vns-einpresswire'] = """Second Viet Nam-India security dialogue held

Published: 2022-09-14

VIETNAM, September 14 -

NEW DELHI - The second Vi\u1ec7t Nam-India security dialogue took place in New Delhi on Tuesday.

The Vietnamese delegation to the dialogue was led by Deputy Minister of Public Security Sen. Lieu. Gen. L\u01b0\u01a1ng Tam Quang, while the Indian delegation was headed by Deputy National Security Advisor Vikram Misri.

At the dialogue, the two sides engaged in straightforward discussion on a number of issues of shared concern. Misri reiterated India's Indo-Pacific Oceans Initiative (IPOI) initiated by Indian PM Narendra Modi, which focuses on collaboration efforts to preserve, maintain and protect the maritime industry.

Vi\u1ec7t Nam highly valued the role of India in promoting peace and security in the region as well as shaping the Indo-Pacific architecture.

They agreed to cooperate and coordinate with each other in a number of areas including anti-terrorism, and reached a consensus on the need for joint efforts against the connections of extremism, terrorism, illegal production and trafficking of drugs and weapons in the region.

The Indian side offered to continue to support Vi\u1ec7t Nam through capacity-building programmes, including the training of public security officers engaging in UN peacekeeping missions, and the sharing of professional knowledge on cyber security.

As coastal countries, India and Vi\u1ec7t Nam share a long-term interest in ensuring peace and security for the common maritime space, they said.

The dialogue agenda also included the sharing of best practices to combat piracy and illegal fishing. Both sides concurred to actively exchange views on areas such as green economy, sustainable oceans and maritime connectivity.
"""
T['releases/q04-in-vn-2024-globalindiannewsnetwork'] = """India-Vietnam strengthen ties at security dialogue in Ha Noi

India and Vietnam held their third Security Dialogue on December 5, 2024, in Ha Noi, Vietnam. The meeting was co-chaired by India's Deputy National Security Adviser, Pavan Kapoor, and Vietnam's Deputy Minister of Public Security, Lt. Gen. Pham The Tung. This dialogue served as a platform for exchanging perspectives on global and regional security matters and discussing ways to boost cooperation in several key areas.
Both sides focused on strengthening joint efforts in countering terrorism, tackling organised crime, and improving information-sharing between law enforcement agencies. They also agreed to deepen cooperation on economic security aspects and emerging technologies like cyber-crime. Additionally, discussions covered expanding training programs, capacity-building initiatives, and UN peacekeeping collaboration.
During his visit, Deputy NSA Kapoor held discussions with Vietnam's Minister of Public Security, General Luong Tam Quang, and Deputy Prime Minister and Minister of Foreign Affairs, Bui Thanh Son. The biennial security dialogue stems from a Memorandum of Understanding signed in 2016 between India's National Security Council Secretariat and Vietnam's Ministry of Public Security. The fourth dialogue is scheduled to take place in India.
India and Vietnam have long shared strong diplomatic ties, rooted in their shared history of independence struggles. India played a significant role in Vietnam's peace process as Chairman of the International Commission for Supervision and Control under the 1954 Geneva Accord. Diplomatic relations between the nations were formally established on January 7, 1972, and elevated to a "Strategic Partnership" in 2007 during a visit by Vietnam's Prime Minister Nguyen Tan Dung.
"""
T['releases/q05-ph-au-2025-philembassy'] = """Philippines, Australia hold inaugural dialogue to strengthen cooperation in cyber and critical technology

PRESS RELEASE
Philippine Embassy, Canberra
1 Moonah Place, Yarralumla, ACT 2600
www.philembassy.org.au *Tel. No. 02-6273-2535*
CANBERRA 09 December 2025 - The Philippines and Australia held their inaugural Cyber Dialogue in Canberra, marking a major step forward in their Strategic Partnership and advancing the implementation of the 2024 Memorandum of Understanding (MOU) on Cyber and Critical Technology Cooperation.
The Dialogue was co-chaired by Special Assistant to the Secretary for Cybersecurity Julius Gorospe of the Department of Information and Communications Technology (DICT) and Assistant Secretary Marshall Louis Alferez of the Department of Foreign Affairs (DFA) for the Philippine side, and Australian Ambassador for Cyber Affairs and Critical Technology Jessica Hunter, and Assistant Secretary for Cyber Policy and Programs Ashley Bell of the Department of Home Affairs (DHA) for the Australian side.
Discussions focused on strengthening cyber resilience and deepening collaboration between government and industry in critical technology. Both sides explored opportunities for closer cooperation in areas such as critical technology development, AI safety, and capacity building. They also emphasized the importance of expanding bilateral efforts to bolster defenses against cyber threats, especially those perpetrated by malign actors, and maintaining a trusted, secure and reliable digital environment.
The Philippines highlighted its National Cybersecurity Plan (NCSP) 2023-2028, which aims to strengthen government networks and critical infrastructure, raise public awareness of cybersecurity, develop a skilled cybersecurity workforce, and enhance national capabilities to respond effectively to cyber threats.
The meeting also underscored the enduring strength of the Strategic Partnership between the two countries, as the Philippines and Australia approach the 80th anniversary of diplomatic relations in 2026.
"""
T['releases/q06-ph-us-jp-2024-manila-shimbun-announced'] = """Published: 2024-10-11

By Robina Asido

The Philippines will receive at least eight million dollars worth of financial support during its first trilateral cyber dialogue with the United States and Japan in Singapore next week, an official of the Department of Information and Technology (DICT) said Thursday.

In an interview with the Daily Manila Shimbun at the Philippines Critical Information Infrastructures Protection (CIIP) Summit, Information and Communications Technology Undersecretary Jeffrey Ian Dy said the agenda for the trilateral dialogue includes collaboration in capacity building, collaboration in information sharing between its computer emergency response teams and collaboration in promoting open and secure ICT infrastructures.

"I think the US and Japan have also pledged financial support in piloting Open RAN in certain areas in the country and we'll be discussing that as well. How do we operationalize that grant that they're offering?," he said.

"They're also offering financial support for capacity building programs for cyber security professionals in the country. So those are also the things that will be discussed," he added.

Dy said "the Open Ran is approximately 8 million US dollars" while he explained that the fund for the capacity building "will go to their (US-Japan) local partners" in the Philippines like in the form of US aid programs for US and in the form of JICA programs for Japan.

"We're also discussing helping our National Security Operations Center with the partnership regarding providing technology to help our National Security Operations Center. So that's what's on the agenda," he said.

In his speech during the summit, Embassy of Japan in the Philippines Minister of Economic Affairs Nihei Daisuke said the three countries are expected to further explore cyber cooperation in the trilateral dialogue.
"""
T['releases/q07-vn-au-2019-vgp'] = """7th VN-Australia diplomatic-defense strategic dialogue organized

VGP - The 7th diplomatic-defense strategic dialogue between Viet Nam and Australia took place in Canberra on December 10.

December 11, 2019 4:51 PM GMT+7

The event was co-chaired by Deputy Chief of the General Staff of the Viet Nam People's Army Rear Admiral Nguyen Trong Binh, Deputy Minister of Foreign Affairs Nguyen Quoc Dung, Australia's Deputy Secretary of the Department of Foreign Affairs and Trade Richard Maude and Deputy Secretary of the Department of Defense Peter Tesch.

The two sides reviewed the strong developments in bilateral relations and reaffirmed their countries' importance in each other's foreign policies.
"""
T['releases/q08-nato-jp-2019-ramanmedianetwork'] = """NATO and Japan Join Hands to Ensure Cyberspace Security
NATO and Japan held cyber defence staff talks this week to assess current cyber threats and policy developments.
"Cyber threats are becoming more complex, destructive, and coercive. Their enduring and evolving nature demands that we continue to adapt and respond appropriately. To adapt to this quickly changing environment, NATO must leverage our unique network of Allies, partner countries and organizations," said Christian Liflander, Head of the Cyber Defence Section at NATO Headquarters.
Officials compared notes on current efforts by NATO and Japan to become more resilient to cyber attacks. Another focus was on working together to support a norms-based, predictable, and secure cyberspace.
"As indicated in Japan's new National Defense Program Guidelines, we give priority to strengthening our cyber defence capability. With the risks surrounding the cyber domain becoming more challenging these days, it is necessary to effectively cooperate with other like-minded countries to take prompt and appropriate actions against cyber attacks, and I believe that strengthening Japan-NATO cooperation in the cyber domain will contribute to such efforts." said Kyosuke Matsumoto, Director of Strategic Planning Division at Ministry of Defence, Japan.
NATO works with a number of partner countries to enhance international security. This is based on shared values and common approaches to cyber defence.
Following the staff talks in Tokyo, NATO representatives also engaged with academia and industry. Mr Liflander opened "CYDEF 2019", a conference funded by the NATO Science for Peace and Security Programme, focusing on effective cooperation between cyber defence stakeholders as well as the use of emerging technologies for cyber defence.
Courtesy: NATO
"""
T['releases/q09-vn-au-2016-cvdvn-pano'] = """Vietnam, Australia hold fourth deputy-ministerial strategic dialogue

VN People's Army Newspaper

Wednesday, November 30, 2016, 3:3 (GMT+7)
PANO - Wednesday, November 23, 2016, 10:26 (GMT+7)

PANO - Vietnam and Australia held the fourth foreign-defense strategic dialogue at the deputy-ministerial level on November 21 in Hanoi.

The Vietnamese delegation was led by Deputy Defense Minister, Senior Lieutenant General Nguyen Chi Vinh and Deputy Foreign Minister Dang Dinh Quy. The Australian delegation was led by its Deputy Secretary Defense People Rebecca Skinners and Deputy Secretary in the Department of Foreign Affairs and Trade Gary Quinlan.

At the dialogue, the two sides reaffirmed each country's significant role and position in their foreign policies. The deputy ministers agreed to bolster bilateral relations and boost cooperation in politics, economy, trade, investment, security-defense, education-training, development support, science-technology, and people-to-people exchange, while increasing collaboration between the ministries of foreign affairs and defense. Australia pledged to actively support Vietnam in hosting the APEC Year 2017.

The deputy ministers exchanged notes on international and regional issues of mutual concern, and welcomed joint efforts to enhance cooperation, dialogue and mutual trust for peace, stability and development in the Asian-Pacific region. They also agreed to reinforce coordination at regional organizations and forums.

On this occasion, Australia reaffirmed its support for ASEAN's efforts in building the ASEAN Community and the bloc's vision towards 2025, strengthening the intra-bloc's solidarity, decreasing development disparity, and in promoting the central role of ASEAN in shaping the regional structure.
"""
T['releases/q10-in-vn-2024-orissadiary-pib'] = """14th India-Vietnam Defence Policy Dialogue held in New Delhi

The 14th India-Vietnam Defence Policy Dialogue took place in New Delhi on August 01, 2024. It was co-chaired by Defence Secretary Shri Giridhar Aramane and Deputy Minister of National Defence of Vietnam Senior Lieutenant General Hoang Xuan Chien.

During the meeting, the two sides reviewed the range of bilateral defence cooperation issues and noted the transformative progress in the ties after the signing of 'Joint Vision Statement on India-Vietnam Defence Partnership towards 2030' in June 2022 during the visit of Raksha Mantri Shri Rajnath Singh to Vietnam.

Vietnam proposed five focus areas for cooperation which included delegation exchanges and dialogue, staff-talks; Service-to-Service cooperation; Education and training; and Defence Industry cooperation. The Defence Secretary welcomed the five point proposal and proposed cooperation in emerging areas of concern for both countries like Cyber Security, Information Security, Military Medicine, Submarine Search & Rescue.

The Defence Secretary highlighted the potential of domestic defence industry to fulfill capacity and capability enhancement of Friendly Foreign Countries, and looked forward to fruitful partnership with Vietnam People's Armed Forces, and their industries. After the meeting, the Defence Secretary and the Deputy Minister of National Defence of Vietnam signed a Letter of Intent to strengthen cooperation in the field of training including exchange of instructors and experts.

Defence cooperation is one of the strong pillars of Comprehensive Strategic Partnership between India and Vietnam. Vietnam is an important partner in India's Act East Policy and in the Indo-Pacific Region.
"""
T['releases/q11-jp-cn-kr-2014-ssrc'] = """First Cyber Dialogue between Japan, PRC, and ROK

Initial Disclosure Date: Oct 23, 2014

The Japanese, PRC, and ROK governments held their first trilateral cyber security dialogue at working-level in Beijing. It has been almost six years since the three countries agreed to enhance cyber security cooperation in the Action Plan for Promoting Trilateral Cooperation, released after the summit meeting in December 2008. The cyber security dialogue was led by Akira Kono, Japanese Ambassador in charge of Cyber Policy, Fu Cong, PRC Coordinator for Cyber Affairs, and Choi Sung-Joo, ROK Ambassador for International Security Affairs. The Japanese delegation included officials from the Ministry of Defense and Ministry of Internal Affairs and Communications. The second meeting will be held in the ROK in 2015.

At the first meeting, each government introduced their cyber security strategy and policy and discussed international efforts for cyber security at multilateral venues such as the United Nations Group of Governmental Experts and ASEAN Regional Forum. The three governments agreed to continue discussions through their diplomatic channels and explore specific areas of cooperation in order to keep the Cyber Dialogue going. According to the referenced Nihon Keizai Shimbun article dated October 21st, 2014, the Japanese and ROK governments are trying to encourage the PRC to decrease cyber-attacks but also to avoid naming and shaming by attribution.


  1. Hitachi Systems SHIELD, "Cybersecurity cooperation between Japan, PRC, and ROK makes little progress," September 3, 2012,
  2. Ministry of Foreign affairs of Japan, "The Trilateral Cyber Dialogue," October 21, 2014,
  3. Kyodo, "Saiba taisaku de taiwa keizoku Nichi-Chu-Kan ga hatsuno jitsumusha kyogi [Japan, PRC, and ROK had their first working-level dialogue and agreed to continue their dialogues on cyber security]," October 21, 2014,
"""
T['releases/q12-vn-sg-2024-baoquocte'] = """Public Security Ministry, Singapore's Home Affairs Ministry hold Deputy Ministerial meeting in Hanoi
Public Security Ministry, Singapore's Home Affairs Ministry hold Deputy Ministerial meeting in Hanoi: The 12th deputy ministerial-level annual meeting between Vietnam's Ministry of Public Security (MPS) and the Ministry of Home Affairs of Singapore takes place in Hanoi on October 8, 2024. (Photo: MPS)
The event was co-chaired by Lieutenant General Le Quoc Hung, member of the Party Central Committee and Deputy Minister of the MPS, and Permanent Secretary of the Singaporean Ministry Aubeck Kam.
At the meeting, the two sides reviewed, acknowledged and appreciated the practical results of their cooperation, particularly the implementation of the contents they agreed at the previous meeting.
The two sides maintained the exchange of delegations and high-level contacts, creating a solid foundation for their close relationship and effective cooperation. They also regularly exchanged information, coordinated in organising conferences, seminars and training courses to share information and experience in crime prevention and control.
Regarding cooperation in cyber security, the two sides attended and organised events to discuss difficulties, challenges and solutions to curb cybercrime and high-tech crimes. They also promoted cooperation in firefighting, and search and rescue.
To further promote their cooperation, the two sides agreed at the meeting that they will maintain delegation exchanges and high-level meetings to reinforce mutual trust and understanding as well as promote bilateral meetings at regional and world conferences and forums.
They will keep organising bilateral Interpol conferences to enhance information exchange, coordinate in investigation and verification of crimes, especially high-tech, economic, and drug crimes, fraud, and wanted criminals.
"""
T['excluded/x01-vn-au-10th-vietnamnews-noyear'] = """H\u00c0 N\u1ed8I - The 10th Strategic Diplomacy-Defence Dialogue between Vi\u1ec7t Nam and Australia took place in Canberra on Tuesday.
The Vietnamese delegation to the dialogue was led by Nguy\u1ec5n M\u1ea1nh C\u01b0\u1eddng, a member of the Party Central Committee and Deputy Minister of Foreign Affairs, and Major General D\u01b0\u01a1ng Qu\u00fd Nam, Director of the Institute for Defence International Relations under the Ministry of National Defence.
Meanwhile, the Australian delegation was led by Deputy Secretary of Foreign Affairs and Trade Michelle Chan and Deputy Secretary of Defence Hugh Jeffrey.
Both sides recognised the strong development of the two countries' relations, particularly since the upgrade of bilateral ties to a Comprehensive Strategic Partnership in March 2024.
"""
T['excluded/x02-jp-au-5th-acsm-noyear'] = """Written by staff writer.
The 5th Japan-Australia Cyber Policy Dialogue took place in Tokyo earlier this week, drawing officials from both countries, including from Australia's Department of Home Affairs, Foreign Affairs and Trade, and the Australian Signals Directorate's Australian Cyber Security Centre.
The event followed a meeting in November in San Francisco between the prime ministers of both countries, after which they said it was increasingly important that Japan and Australia maintain and further develop close ties on matters such as cybersecurity.
"""
for k, v in T.items():
    with open(os.path.join(B, k + '.txt'), 'w', encoding='utf-8') as f:
        f.write(v)
print(len(T))
