// Generated from catalog.tsv next to this file; CatalogTests checks the two agree.
// After editing catalog.tsv: UPDATE_CATALOG=1 swift test --filter CatalogTests
extension Catalog {
    static let builtInTSV = #"""
# Instruments of the ITU Plenipotentiary Conference adopted or revised at PP-18 (Dubai, 2018), with their English titles,
# read off the PP-18 Final Acts as published in Akoma Ntoso form by the akn4itu project (MIT). A title ending in " …" was cut short there.
# Coverage: ONLY what PP-18 adopted or revised. A resolution absent here may well be in force (e.g. Resolution 202 (Busan, 2014)),
# so absence is no error; and PP-22 (Bucharest) revised many of these again, so "latest" here means latest as of PP-18.
# Users extend or override it with their own file of the same columns.
kind	body	number	revision	title_en
decision	PP	5	Rev. Dubai, 2018	Revenue and expenses for the Union for the period 2020-2023
decision	PP	11	Rev. Dubai, 2018	Creation and management of Council working groups
recommendation	PP	7	Dubai, 2018	The role of ITU in supporting the use of information and communication technologies to combat tra …
resolution	PP	2	Rev. Dubai, 2018	World telecommunication/information and communication technology policy forum
resolution	PP	11	Rev. Dubai, 2018	ITU Telecom events
resolution	PP	21	Rev. Dubai, 2018	Measures concerning alternative calling procedures on international telecommunication networks
resolution	PP	25	Rev. Dubai, 2018	Strengthening the regional presence
resolution	PP	30	Rev. Dubai, 2018	Special measures for the least developed countries, small island developing states, landlocked …
resolution	PP	34	Rev. Dubai, 2018	Assistance and support to countries in special need for rebuilding their telecommunication sect …
resolution	PP	41	Rev. Dubai, 2018	Arrears and special arrears accounts
resolution	PP	48	Rev. Dubai, 2018	Human resources management and development
resolution	PP	64	Rev. Dubai, 2018	Non-discriminatory access to modern telecommunication/information and communication technology …
resolution	PP	66	Rev. Dubai, 2018	Documents and publications of the Union
resolution	PP	70	Rev. Dubai, 2018	Mainstreaming a gender perspective in ITU and promotion of gender equality and the empowerment …
resolution	PP	71	Rev. Dubai, 2018	Strategic plan for the Union for 2020-2023
resolution	PP	77	Rev. Dubai, 2018	Scheduling and duration of conferences, forums, assemblies and Council sessions of the Union …
resolution	PP	94	Rev. Dubai, 2018	Auditing of the accounts of the Union
resolution	PP	99	Rev. Dubai, 2018	Status of Palestine in ITU
resolution	PP	101	Rev. Dubai, 2018	Internet Protocol-based networks
resolution	PP	102	Rev. Dubai, 2018	ITU's role with regard to international public policy issues pertaining to the Internet and th …
resolution	PP	123	Rev. Dubai, 2018	Bridging the standardization gap between developing and developed countries
resolution	PP	125	Rev. Dubai, 2018	Assistance and support to Palestine for rebuilding its telecommunication networks
resolution	PP	130	Rev. Dubai, 2018	Strengthening the role of ITU in building confidence and security in the use of information and communication technologies
resolution	PP	131	Rev. Dubai, 2018	Measuring information and communication technologies to build an integrating and inclusive information society
resolution	PP	133	Rev. Dubai, 2018	Role of administrations of Member States in the management of internationalized (multilingual) domain names
resolution	PP	135	Rev. Dubai, 2018	ITU's role in the durable and sustainable development of telecommunications/information and …
resolution	PP	136	Rev. Dubai, 2018	The use of telecommunications/information and communication technologies for humanitarian assistance and …
resolution	PP	137	Rev. Dubai, 2018	Deployment of future networks in developing countries
resolution	PP	139	Rev. Dubai, 2018	Use of telecommunications/information and communication technologies to bridge the digital divide and …
resolution	PP	140	Rev. Dubai, 2018	ITU's role in implementing the outcomes of the World Summit on the Information Society and …
resolution	PP	146	Rev. Dubai, 2018	Periodic review and revision of the International Telecommunication Regulations
resolution	PP	150	Rev. Dubai, 2018	Approval of the accounts of the Union for the years 2014-2017
resolution	PP	151	Rev. Dubai, 2018	Improvement of results-based management in ITU
resolution	PP	154	Rev. Dubai, 2018	Use of the six official languages of the Union on an equal footing
resolution	PP	157	Rev. Dubai, 2018	Strengthening of the project execution and project monitoring functions in ITU
resolution	PP	160	Rev. Dubai, 2018	Assistance to Somalia
resolution	PP	165	Rev. Dubai, 2018	Deadlines for the submission of proposals and procedures for the registration of participants for conferences and assemblies of the Union
resolution	PP	167	Rev. Dubai, 2018	Strengthening and developing ITU capabilities for electronic meetings and means to advance the work of the Union
resolution	PP	169	Rev. Dubai, 2018	Admission of academia to participate in the work of the Union
resolution	PP	175	Rev. Dubai, 2018	Telecommunication/information and communication technology accessibility for persons with disabilities and persons with specific needs
resolution	PP	176	Rev. Dubai, 2018	Measurement and assessment concerns related to human exposure to electromagnetic fields
resolution	PP	177	Rev. Dubai, 2018	Conformance and interoperability
resolution	PP	179	Rev. Dubai, 2018	ITU's role in child online protection
resolution	PP	180	Rev. Dubai, 2018	Promoting deployment and adoption of IPv6 to facilitate the transition from IPv4 to IPv6
resolution	PP	186	Rev. Dubai, 2018	Strengthening the role of ITU with regard to transparency and confidence-building measures in outer space activities
resolution	PP	188	Rev. Dubai, 2018	Combating counterfeit telecommunication/information and communication technology devices
resolution	PP	189	Rev. Dubai, 2018	Assisting Member States to combat and deter mobile device theft
resolution	PP	191	Rev. Dubai, 2018	Strategy for the coordination of efforts among the three Sectors of the Union
resolution	PP	196	Rev. Dubai, 2018	Protecting telecommunication service users/consumers
resolution	PP	197	Rev. Dubai, 2018	Facilitating the Internet of Things and smart sustainable cities and communities
resolution	PP	198	Rev. Dubai, 2018	Empowerment of youth through telecommunication/information and communication technology
resolution	PP	200	Rev. Dubai, 2018	Connect 2030 Agenda for global telecommunication/information and communication technology, including broadband, for sustainable development
resolution	PP	201	Rev. Dubai, 2018	Creating an enabling environment for the deployment and use of information and communication technology applications
resolution	PP	203	Rev. Dubai, 2018	Connectivity to broadband networks
resolution	PP	204	Dubai, 2018	Use of information and communication technologies to bridge the financial inclusion gap
resolution	PP	205	Dubai, 2018	ITU's role in fostering telecommunication/information and communication technology-centric innovation to support the digital economy and society
resolution	PP	206	Dubai, 2018	OTTs
resolution	PP	207	Dubai, 2018	ITU Journal …
resolution	PP	208	Dubai, 2018	Appointment and maximum term of office for chairmen and vice-chairmen of Sector advisory groups, study groups and other groups
resolution	PP	209	Dubai, 2018	Encouraging the participation of small and medium enterprises in the work of the Union
resolution	PP	210	Dubai, 2018	ITU's role as supervisory authority of the international registration system for space assets under the space protocol
resolution	PP	211	Dubai, 2018	Support for the Iraqi Du3M 2025 initiative for advancement of the telecommunication and information technology sectors
resolution	PP	212	Dubai, 2018	The Union's future headquarters premises
resolution	PP	213	Dubai, 2018	Measures to improve, promote and strengthen ITU fellowships
resolution	UNGA	70/1	2015	Transforming our world: the 2030 Agenda for Sustainable Development
"""#
}
