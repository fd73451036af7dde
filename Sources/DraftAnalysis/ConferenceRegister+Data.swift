// Generated from conferences.tsv next to this file; ConferenceRegisterTests checks the two agree.
// After editing conferences.tsv: UPDATE_CONFERENCES=1 swift test --filter ConferenceRegisterTests
extension ConferenceRegister {
    static let builtInTSV = #"""
# conferences.tsv: ITU conferences and assemblies that ITU resolutions, decisions and opinions cite by place and year.
# As of: 2026-12-01.
# Lists facts only: which body met, in which year, in which city, the acronym ITU gives the session, and the Chinese
# city name ITU's Chinese texts use. It says nothing of which resolutions each session adopted (see catalog.tsv).
# Coverage: every world-level session from 1989: PP from PP-89 (Nice), APP-92, WTDC from WTDC-94, the ITU-T assembly from
# WTSC-93 (named a Conference, WTSC, in 1993 and 1996; an Assembly, WTSA, from 2000), RA and WRC from 1993, WTPF 1996-2021,
# WCIT-12. Council sessions are not listed (yearly, in Geneva): one row with year "*" stands for them all.
# Not covered: regional conferences; WARC-92 (Malaga-Torremolinos) and other pre-1993 radio conferences; CCITT/CCIR plenaries.
# year = the calendar year the session met, which is the year cited in "(PLACE, YEAR)". It can differ from the acronym:
#   WTSA-20 met in March 2022 and its texts are dated (Geneva, 2022). WTDC-22 (first planned as WTDC-21) met in 2022.
# acronym = ITU's own form; two digits after the hyphen, four for 2000 (WTSA-2000, RA-2000, WRC-2000). Council sessions are
#   written C<YY> from 2001 (C01, C20) and C-<YYYY> before (C-1985).
# source = where the fact was seen, several separated by " ; ". "en:"/"zh:" says which part a source backs. "knowledge" = none found.
# confidence: verified = year, English place and Chinese place were all seen in stored sources (the Chinese city name
#   may come from a different ITU or Chinese-press text that uses it); knowledge = confident, but some part was not seen;
#   unsure = not confirmed.
# Citation conventions, exact dates and caveats: conferences-notes.md next to this file.
body_code	body_en	body_zh	acronym	year	place_en	place_zh	source	confidence
PP	Plenipotentiary Conference	全权代表大会	PP-89	1989	Nice	尼斯	en: https://hkintexts.histsyn.com/page/1514273 (mentions the 'Nice Constitution' only; year and zh from knowledge)	knowledge
APP	Additional Plenipotentiary Conference	全权代表大会增补会议	APP-92	1992	Geneva	日内瓦	en: https://docslib.org/doc/4920017/collection-of-the-basic-texts-of-the-international-telecommunication-union-adopted-by-the-plenipotentiary-conference ; zh: https://www.itu.int/wftp3/Public/epub_shared/GS/Council09ResDec/C/web/WebSearch/page0157.html	verified
PP	Plenipotentiary Conference	全权代表大会	PP-94	1994	Kyoto	京都	en: https://docslib.org/doc/4920017/collection-of-the-basic-texts-of-the-international-telecommunication-union-adopted-by-the-plenipotentiary-conference ; zh: knowledge (ITU zh Council collection page0157 writes '(1994年,东京)', a slip)	knowledge
PP	Plenipotentiary Conference	全权代表大会	PP-98	1998	Minneapolis	明尼阿波利斯	en: https://123dok.com/document/qo5nnjjy-selanjutnya.html ; zh: knowledge	knowledge
PP	Plenipotentiary Conference	全权代表大会	PP-02	2002	Marrakesh	马拉喀什	zh: https://www.itu.int/wftp3/Public/epub_shared/GS/Council09ResDec/C/web/WebSearch/page0111.html	verified
PP	Plenipotentiary Conference	全权代表大会	PP-06	2006	Antalya	安塔利亚	zh: https://pp22.itu.int/zh-hans/documents/submission-of-proposals/ ; en: http://m.mydoc123.com/p-802970.html	verified
PP	Plenipotentiary Conference	全权代表大会	PP-10	2010	Guadalajara	瓜达拉哈拉	en: https://www.itu.int/en/ITU-T/wtsa20/Pages/FAQ.aspx ; http://www.itu.int/net/itunews/issues/2010/09/38.aspx ; zh: knowledge	knowledge
PP	Plenipotentiary Conference	全权代表大会	PP-14	2014	Busan	釜山	https://www.itu.int/zh/plenipotentiary/2014/Pages/about.aspx	verified
PP	Plenipotentiary Conference	全权代表大会	PP-18	2018	Dubai	迪拜	zh: https://pp22.itu.int/zh-hans/documents/submission-of-proposals/ ; en: https://www.itu.int/en/wtpf-21/Pages/sg-report.aspx	verified
PP	Plenipotentiary Conference	全权代表大会	PP-22	2022	Bucharest	布加勒斯特	zh: https://taowenge.com/p-97720366.html (ITU doc RAG/64-C) ; https://pp22.itu.int/zh-hans/participation/registration/ ; en: https://pp22.itu.int/en/election-results-sg/	verified
PP	Plenipotentiary Conference	全权代表大会	PP-26	2026	Doha	多哈	https://pp.itu.int/2026/en/wp-json/wp/v2/pages/111 (scheduled 9-27 Nov 2026; no stored source shows it was held)	unsure
WTDC	World Telecommunication Development Conference	世界电信发展大会	WTDC-94	1994	Buenos Aires	布宜诺斯艾利斯	knowledge	knowledge
WTDC	World Telecommunication Development Conference	世界电信发展大会	WTDC-98	1998	Valletta	瓦莱塔	zh: https://renrendoc.com/paper/285028411.html ('瓦莱塔行动计划(VAP)' in ITU doc WTDC02/273-C; year from knowledge)	knowledge
WTDC	World Telecommunication Development Conference	世界电信发展大会	WTDC-02	2002	Istanbul	伊斯坦布尔	https://studylib.net/doc/12901511/%E5%9B%BD-%E9%99%85-%E7%94%B5 (ITU doc WTDC02/35-C)	verified
WTDC	World Telecommunication Development Conference	世界电信发展大会	WTDC-06	2006	Doha	多哈	http://taiwan.cn/zt/jmkj/jmkj12/cy5/200801/t20080102_537008.htm	verified
WTDC	World Telecommunication Development Conference	世界电信发展大会	WTDC-10	2010	Hyderabad	海得拉巴	en: https://www.itu.int/dms_pub/itu-d/opb/tdc/D-TDC-WTDC-2022-TOC-HTM-E.htm ; zh: stored press excerpt without address ('第五屆世界電信發展大會…在印度海得拉巴召開')	verified
WTDC	World Telecommunication Development Conference	世界电信发展大会	WTDC-14	2014	Dubai	迪拜	en: https://newslog.itu.int/archives/436 ; zh 迪拜: https://www.itu.int/zh/wcit-12/Pages/overview.aspx	verified
WTDC	World Telecommunication Development Conference	世界电信发展大会	WTDC-17	2017	Buenos Aires	布宜诺斯艾利斯	en: https://www.itu.int/dms_pub/itu-d/opb/tdc/D-TDC-WTDC-2022-TOC-HTM-E.htm ; zh: seeds/002_db145d36bf45e405.txt line 386	verified
WTDC	World Telecommunication Development Conference	世界电信发展大会	WTDC-22	2022	Kigali	基加利	en: https://www.itu.int/dms_pub/itu-d/opb/tdc/D-TDC-WTDC-2022-TOC-HTM-E.htm ; zh: http://bbs.ademdogangun.com/html/285c71798997.html (Xinhua copy)	verified
WTDC	World Telecommunication Development Conference	世界电信发展大会	WTDC-25	2025	Baku	巴库	http://cn.office369.com/news/show-2653764.html ('第九届世界电信发展大会(WTDC-25)在阿塞拜疆巴库闭幕')	verified
WTSA	World Telecommunication Standardization Conference (name of the WTSA until 1996)	世界电信标准化大会	WTSC-93	1993	Helsinki	赫尔辛基	en: https://slideplayer.com./slide/6322242 (TSB Director's history slide) ; zh: knowledge	knowledge
WTSA	World Telecommunication Standardization Conference (name of the WTSA until 1996)	世界电信标准化大会	WTSC-96	1996	Geneva	日内瓦	en: https://slideplayer.com./slide/6322242 ; zh 世界电信标准化大会: http://fsou.com/html/text/eag/1006668/100666862_5.html (1992 Convention, zh)	verified
WTSA	World Telecommunication Standardization Assembly	世界电信标准化全会	WTSA-2000	2000	Montreal	蒙特利尔	en: https://slideplayer.com./slide/6322242 ; zh: knowledge	knowledge
WTSA	World Telecommunication Standardization Assembly	世界电信标准化全会	WTSA-04	2004	Florianópolis	弗洛里亚诺波利斯	en: https://www.anacom.pt/render.jsp?categoryId=133240 ; https://www.itu.int/ITU-T/wtsa-04/news.asp ; zh: knowledge	knowledge
WTSA	World Telecommunication Standardization Assembly	世界电信标准化全会	WTSA-08	2008	Johannesburg	约翰内斯堡	en: http://m.mydoc123.com/p-802970.html ; zh 约翰内斯堡: https://www.itu.int/zh/mediacentre/Pages/2019-CM04.aspx	verified
WTSA	World Telecommunication Standardization Assembly	世界电信标准化全会	WTSA-12	2012	Dubai	迪拜	en: https://studylib.net/doc/13095858/preparing-for-the-world-telecommunication-standardization... ; http://internetdistinction.com/wsisimpacts/wsis/wtsa/wtsa-2012/wtsa_1/	verified
WTSA	World Telecommunication Standardization Assembly	世界电信标准化全会	WTSA-16	2016	Hammamet	哈马马特	en: http://www.itu.int/net/pressoffice/press_releases/2016/CM11.aspx ; zh: https://www.gov.cn/xinwen/2016-10/28/content_5125563.htm	verified
WTSA	World Telecommunication Standardization Assembly	世界电信标准化全会	WTSA-20	2022	Geneva	日内瓦	en: https://www.itu.int/en/ITU-T/wtsa20/Pages/FAQ.aspx (held 1-9 March 2022) ; zh: http://ccia.org.cn/news_show.php?id=9949	verified
WTSA	World Telecommunication Standardization Assembly	世界电信标准化全会	WTSA-24	2024	New Delhi	新德里	en: https://www.itu.int/en/mediacentre/Pages/PR-2024-10-15-WTSA-opening.aspx ; zh: knowledge	knowledge
RA	Radiocommunication Assembly	无线电通信全会	RA-93	1993	Geneva	日内瓦	year: https://fdocuments.net/document/1the-radiocommunication-assembly-ituint-viewresolution-itur-1-6-working-methods.html (Res. ITU-R 1-6 history); place: knowledge	knowledge
RA	Radiocommunication Assembly	无线电通信全会	RA-95	1995	Geneva	日内瓦	year: https://fdocuments.net/document/1the-radiocommunication-assembly-ituint-viewresolution-itur-1-6-working-methods.html (Res. ITU-R 1-6 history); place: knowledge	knowledge
RA	Radiocommunication Assembly	无线电通信全会	RA-97	1997	Geneva	日内瓦	year: https://fdocuments.net/document/1the-radiocommunication-assembly-ituint-viewresolution-itur-1-6-working-methods.html (Res. ITU-R 1-6 history); place: knowledge	knowledge
RA	Radiocommunication Assembly	无线电通信全会	RA-2000	2000	Istanbul	伊斯坦布尔	en: https://studylib.net/doc/13874882/radiocommunication-advisory-group ('Radiocommunication Assembly, Istanbul-2000') ; zh 伊斯坦布尔: https://studylib.net/doc/12901511/%E5%9B%BD-%E9%99%85-%E7%94%B5	verified
RA	Radiocommunication Assembly	无线电通信全会	RA-03	2003	Geneva	日内瓦	year: https://fdocuments.net/document/1the-radiocommunication-assembly-ituint-viewresolution-itur-1-6-working-methods.html (Res. ITU-R 1-6 history); place: knowledge ; zh year: https://www.itu.int/zh/ITU-R/conferences/rag/Pages/default.aspx	knowledge
RA	Radiocommunication Assembly	无线电通信全会	RA-07	2007	Geneva	日内瓦	year: https://fdocuments.net/document/1the-radiocommunication-assembly-ituint-viewresolution-itur-1-6-working-methods.html (Res. ITU-R 1-6 history); place: knowledge	knowledge
RA	Radiocommunication Assembly	无线电通信全会	RA-12	2012	Geneva	日内瓦	year: https://fdocuments.net/document/1the-radiocommunication-assembly-ituint-viewresolution-itur-1-6-working-methods.html (Res. ITU-R 1-6 history); place: knowledge	knowledge
RA	Radiocommunication Assembly	无线电通信全会	RA-15	2015	Geneva	日内瓦	https://studylib.net/doc/13881854/resolutions-radiocommunication-assembly--ra-15-	verified
RA	Radiocommunication Assembly	无线电通信全会	RA-19	2019	Sharm el-Sheikh	沙姆沙伊赫	https://vdocuments.mx/a11e-itu-committed-to-connecting-the-world-web-view-ecoeec77.html (ITU-R Resolutions 2019, zh)	verified
RA	Radiocommunication Assembly	无线电通信全会	RA-23	2023	Dubai	迪拜	http://www.chinafxnews.com/tech/5G/11201442a32023.html (人民邮电报)	verified
WRC	World Radiocommunication Conference	世界无线电通信大会	WRC-93	1993	Geneva	日内瓦	knowledge	knowledge
WRC	World Radiocommunication Conference	世界无线电通信大会	WRC-95	1995	Geneva	日内瓦	knowledge	knowledge
WRC	World Radiocommunication Conference	世界无线电通信大会	WRC-97	1997	Geneva	日内瓦	knowledge	knowledge
WRC	World Radiocommunication Conference	世界无线电通信大会	WRC-2000	2000	Istanbul	伊斯坦布尔	knowledge	knowledge
WRC	World Radiocommunication Conference	世界无线电通信大会	WRC-03	2003	Geneva	日内瓦	knowledge	knowledge
WRC	World Radiocommunication Conference	世界无线电通信大会	WRC-07	2007	Geneva	日内瓦	acronym only: https://studylib.net/doc/7187477/agenda-for-the-2015-world-radiocommunication-conference ('Resolution 95 (Rev.WRC-07)'); place: knowledge	knowledge
WRC	World Radiocommunication Conference	世界无线电通信大会	WRC-12	2012	Geneva	日内瓦	acronym only: https://studylib.net/doc/7187477/agenda-for-the-2015-world-radiocommunication-conference ('Resolution 27 (Rev.WRC-12)'); place: knowledge	knowledge
WRC	World Radiocommunication Conference	世界无线电通信大会	WRC-15	2015	Geneva	日内瓦	en: https://studylib.net/doc/7187477/agenda-for-the-2015-world-radiocommunication-conference ; zh: https://1f8a81b9b0707b63-19211.webchannel-proxy.scarabresearch.com/zh/annual-report-2017/itu-r/Pages/r1.aspx	verified
WRC	World Radiocommunication Conference	世界无线电通信大会	WRC-19	2019	Sharm el-Sheikh	沙姆沙伊赫	https://vdocuments.pub/1e-a2msw-cdocx-web-view-1e3-2cccei2016ci3.html (WRC-19 Doc 4(Add.2)-C) ; https://www.itu.int/zh/mediacentre/Pages/2019-CM04.aspx	verified
WRC	World Radiocommunication Conference	世界无线电通信大会	WRC-23	2023	Dubai	迪拜	http://dongguan.seofeiyu.cn/article/6439.html (中新社 copy)	verified
WTPF	World Telecommunication Policy Forum	世界电信政策论坛	WTPF-96	1996	Geneva	日内瓦	year: https://id.scribd.com/document/261935699/WTPF-Information-Document-for-Internet-Society-Members ; place: knowledge	knowledge
WTPF	World Telecommunication Policy Forum	世界电信政策论坛	WTPF-98	1998	Geneva	日内瓦	knowledge	knowledge
WTPF	World Telecommunication Policy Forum	世界电信政策论坛	WTPF-01	2001	Geneva	日内瓦	knowledge	knowledge
WTPF	World Telecommunication Policy Forum	世界电信政策论坛	WTPF-09	2009	Lisbon	里斯本	en: http://www.isoc.org/pubpolpillar/community/wtpf_20090424.shtml ; zh: knowledge	knowledge
WTPF	World Telecommunication/ICT Policy Forum	世界电信/信息通信技术政策论坛	WTPF-13	2013	Geneva	日内瓦	en: https://www.itu.int:443/net/pressoffice/press_releases/2013/22.aspx ; zh: seeds/002_db145d36bf45e405.txt line 225	verified
WTPF	World Telecommunication/ICT Policy Forum	世界电信/信息通信技术政策论坛	WTPF-21	2021	Geneva	日内瓦	en: https://www.itu.int/wtpf21/en/faq/ ; zh: seeds/002_db145d36bf45e405.txt lines 59, 217	verified
WCIT	World Conference on International Telecommunications	国际电信世界大会	WCIT-12	2012	Dubai	迪拜	https://www.itu.int/zh/wcit-12/Pages/overview.aspx	verified
Council	ITU Council	理事会	C<YY>	*	Geneva	日内瓦	https://pdfslide.tips/documents/oeecece-ce-oeicc102ioeceicc61.html (doc C18/35-C: '理事会2018年会议 2018年4月17-27日,日内瓦')	verified
"""#
}
