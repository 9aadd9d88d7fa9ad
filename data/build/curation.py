"""Hand-curated content of the bundled knowledge graph (issue #3).

Read with the five articles in data/sources/ open.  Conventions are documented in
data/SCHEMA.md.  Run `python3 data/build/build_graph.py` to regenerate
data/china_innovation.json and `python3 data/build/check_graph.py` to verify it.
"""
from kg import Graph

g = Graph()
N, E, F, S = g.node, g.edge, g.fact, g.said
D0, D1, D2, D3, D4 = "doc:000", "doc:001", "doc:002", "doc:003", "doc:004"

# =============================================================================== documents
g.doc(D0, "000_06f489bf40e6550f.txt",
      name="China's local governments double down on innovation to drive growth",
      title="China's local governments double down on innovation to drive growth",
      publisher="Xinhua", date="2022-02-17", year=2022, dateline="TAIYUAN, Feb. 17 (Xinhua)",
      year_inferred=True,
      date_note="dateline gives Feb. 17; the year 2022 follows from 'economic planning for 2022' "
                "and 2021 being the year just ended")
g.doc(D1, "001_2a50dbf748e918fa.txt",
      name="Local Governments in China Focus on Digital Technology to Drive Growth",
      title="Local Governments in China Focus on Digital Technology to Drive Growth",
      publisher="OpenGov Asia", date="2022", year=2022, date_inferred=True, publisher_inferred=True,
      date_note="no date in the article; it retells doc:000 (Feb. 2022) and calls 2021 'last year'; "
                "publisher inferred from 'as reported on OpenGov Asia'")
g.doc(D2, "002_ea1ae904d6bef715.txt",
      name="China's inland rides waves of innovation, new opportunities",
      title="China's inland rides waves of innovation, new opportunities",
      publisher="China Daily", date="2022-05-27", year=2022, time="09:11",
      republished_by="www.gov.cn", date_note="'Updated: May 27, 2022 09:11 China Daily'")
g.doc(D3, "003_0eb1d9e8b84fe7fb.txt",
      name="Chinese localities roll out 2025 plans, with new quality productive forces in focus to fuel economic growth",
      title="Chinese localities roll out 2025 plans, with new quality productive forces in focus to fuel economic growth",
      publisher="Global Times", date="2025-01-16", year=2025, time="10:27", author="Chi Jingyi",
      web_editors=["Tian Yi", "Zhong Wenxing"])
g.doc(D4, "004_bdec3f1b86c1cc80.txt",
      name="Manufacturing Cities to Pilot Tech Upgrade",
      title="Manufacturing Cities to Pilot Tech Upgrade",
      publisher="not stated", date="2024-04", year=2024, date_inferred=True,
      section="FOCUS",
      sections=["Manufacturing Cities to Pilot Tech Upgrade",
                "Beijing Sci-tech Innovation Hub Completes a Decade",
                "Wider Opening Up of Value-added Telecom Services",
                "China to Update Industrial Equipment",
                "Digital Tech Unleashes New Quality Productive Forces",
                "UNESCO Inspires Collaboration on Karst Research"],
      authors=["CHEN Chunyou", "Staff Reporters", "LI Linxu"],
      date_note="newsletter 'FOCUS' section, no date printed; April 2024 inferred from "
                "'The 2024 Zhongguancun Forum is scheduled to take place in Beijing from April 25 to 29' "
                "and notices issued 'in early April'")

# =============================================================================== regions
R = lambda i, labels, name, aliases=(), **p: N("region:" + i, ["Region"] + labels, name, aliases, **p)
R("china", ["Country"], "China", ["the nation", "the country"], terms=["Chinese"])
R("slovenia", ["Country"], "Slovenia")
R("dprk", ["Country"], "DPRK")
R("japan", ["Country"], "Japan")
R("mongolia", ["Country"], "Mongolia")
R("rok", ["Country"], "ROK")
R("uk", ["Country"], "UK", note="mentioned in 'China-UK trade'")
# provinces
R("hubei", ["Province"], "Hubei", ["Hubei Province"])
R("guangdong", ["Province"], "Guangdong", ["Guangdong Province"])
R("shanxi", ["Province"], "Shanxi", ["Shanxi Province"], description="traditional energy base")
R("zhejiang", ["Province"], "Zhejiang", ["Zhejiang Province"])
R("anhui", ["Province"], "Anhui", ["Anhui Province", "Anhui province"])
R("shandong", ["Province"], "Shandong", ["Shandong Province", "Shandong province"])
R("liaoning", ["Province"], "Liaoning", ["Liaoning province"])
R("jiangxi", ["Province"], "Jiangxi", ["Jiangxi province"])
R("sichuan", ["Province"], "Sichuan", ["Sichuan province"])
R("hainan", [], "Hainan", note="mentioned only in 'Hainan Free Trade Port'")
# municipalities (provincial-level cities: labelled Region, Municipality and City)
N("region:beijing", ["Region", "Municipality", "City"], "Beijing",
  terms=["Beijing municipal", "Beijing Municipal"])
N("region:shanghai", ["Region", "Municipality", "City"], "Shanghai")
N("region:chongqing", ["Region", "Municipality", "City"], "Chongqing", ["Chongqing Municipality"])
# districts / new areas
R("pudong_new_area", ["District"], "Pudong New Area", ["Shanghai's Pudong New Area"])
R("haidian", ["District"], "Haidian district")
# macro regions
R("east_china", ["MacroRegion"], "East China", ["east China", "eastern China"])
R("south_china", ["MacroRegion"], "South China", ["south China"])
R("north_china", ["MacroRegion"], "North China", ["north China"])
R("southwest_china", ["MacroRegion"], "Southwest China", ["Southwestern China", "southwestern China"])
R("northeastern_china", ["MacroRegion"], "northeastern China")
R("western_china", ["MacroRegion"], "western China")
R("central_regions", ["MacroRegion"], "central regions",
  note="as written 'the eastern, central, west- ern, and northeastern regions' (doc:004)")
R("inland_regions", ["MacroRegion"], "inland regions", ["China's inland regions", "inland"],
  terms=["inland cities"])
R("yangtze_river_delta", ["MacroRegion"], "Yangtze River Delta region", ["Yangtze River Delta"],
  description="coastal area")
R("pearl_river_delta", ["MacroRegion"], "Pearl River Delta region", ["Pearl River Delta"],
  description="coastal area")

# =============================================================================== cities
C = lambda i, name, aliases=(), **p: N("city:" + i, ["City"], name, aliases, **p)
C("wuhan", "Wuhan")
C("dongguan", "Dongguan")
C("hefei", "Hefei")
C("tianjin", "Tianjin", description="northern port city")
C("taiyuan", "Taiyuan", note="dateline of doc:000 only")
C("shenyang", "Shenyang")
C("nanchang", "Nanchang")
C("chengdu", "Chengdu")
C("qingdao", "Qingdao")
C("shenzhen", "Shenzhen")
C("boston", "Boston", description="American city")
C("london", "London")

# =============================================================================== companies
CO = lambda i, name, aliases=(), **p: N("company:" + i, ["Company"], name, aliases, **p)
CO("masterwork", "Masterwork Group Co., Ltd.", ["Masterwork"], description="high-tech firm based in Tianjin")
CO("qualcomm", "Qualcomm Inc", ["Qualcomm"], description="international heavyweight")
CO("microsoft", "Microsoft Corp", ["Microsoft"], description="international heavyweight")
CO("alibaba", "Alibaba", description="Chinese internet behemoth")
CO("tencent", "Tencent", description="Chinese internet behemoth")
CO("huawei", "Huawei", description="Chinese internet behemoth")
CO("lenovo", "Lenovo")
CO("qi_an_xin", "Qi An Xin Technology Group", ["Qi An Xin"])
CO("48_group_club", "48 Group Club", description="London-based private company dedicated to promoting China-UK trade")

# =============================================================================== organizations
O = lambda i, labels, name, aliases=(), **p: N("org:" + i, ["Organization"] + labels, name, aliases, **p)
O("xinhua", ["Media"], "Xinhua News Agency", ["Xinhua"])
O("opengov_asia", ["Media"], "OpenGov Asia")
O("china_daily", ["Media"], "China Daily")
O("gov_cn", ["Media"], "www.gov.cn", description="website that republished doc:002")
O("global_times", ["Media"], "Global Times")
O("chengdu_daily", ["Media"], "Chengdu Daily", description="affiliated with the local government")
O("china_local_governments", ["Government"], "China's local governments",
  ["local governments", "Local Governments in China"], description="local governments of China (collective)")
O("central_government", ["Government"], "central government", ["The central government"])
O("beijing_municipal_government", ["Government"], "Beijing municipal government")
O("beijing_municipal_peoples_congress", ["Legislature"], "Beijing Municipal People's Congress",
  ["Beijing Municipal People’s Congress"])
O("cpc", ["PartyBody"], "Communist Party of China")
O("guangdong_provincial_committee_cpc", ["PartyBody"],
  "Guangdong Provincial Committee of the Communist Party of China")
O("party_school_guangdong", ["PartyBody"],
  "Party School of the Guangdong Provincial Committee of the Communist Party of China")
O("cciee", ["ThinkTank"], "China Center for International Economic Exchanges")
O("ccid", ["ThinkTank"], "China Center for Information Industry Development",
  description="Beijing-based think tank")
O("ccid_planning_institute", ["ThinkTank"], "planning institute at the China Center for Information Industry Development",
  ["planning institute"])
O("qichacha", ["DataProvider"], "Qichacha",
  description="a data bank that tracks business registration information in China")
O("chengdu_bureau_of_statistics", ["Government"], "Chengdu Bureau of Statistics")
O("southwest_jiaotong_university", ["University"], "Southwest Jiaotong University")
O("swjtu_regional_economics_center", ["ResearchInstitute"],
  "Research Center for Regional Economics and Urban Management")
O("acfic", ["Association"], "All-China Federation of Industry and Commerce")
O("ministry_of_finance", ["Ministry"], "Ministry of Finance")
O("miit", ["Ministry"], "Ministry of Industry and Information Technology", ["MIIT"])
O("ndrc", ["Ministry", "Commission"], "National Development and Reform Commission")
O("most", ["Ministry"], "Ministry of Science and Technology", ["MOST"])
O("icsti", ["ResearchInstitute"], "International Center for Science and Technology Innovation",
  ["the center"],
  note="established to help achieve the goal planned in 2014; the year of establishment is not stated")
O("science_citation_index", ["Index"], "Science Citation Index")
O("nature_index", ["Index"], "Nature Index")
O("cass", ["Academy"], "Chinese Academy of Social Sciences")
O("iqte_cass", ["ResearchInstitute"], "Institute of Quantitative and Technological Economics")
O("southwestern_university", ["University"], "Southwestern University")
O("wef", ["InternationalOrganization"], "World Economic Forum")
O("caps", ["Academy"], "Chinese Academy of Personnel Sciences")
O("unesco", ["InternationalOrganization"], "UNESCO")
O("china_slovenia_joint_lab", ["ResearchInstitute"], "China-Slovenia Joint Laboratory on Karst Geology",
  ["The joint laboratory"], established_year=2020)
O("iso", ["InternationalOrganization"], "International Organization for Standardization")
O("iso_karst_committee", ["InternationalOrganization"], "Technical Committee on Karst")
O("cstec", [], "CSTEC")
O("ikrc_unesco", ["ResearchInstitute"], "International Karst Research Center of UNESCO")
O("institute_of_karst_geology", ["ResearchInstitute"], "Institute of Karst Geology")
O("cags", ["Academy"], "Chinese Academy of Geological Sciences")
O("vcg", ["Media"], "VCG", description="photo credit '(PHOTO: VCG)' for two photos in doc:004")
CO("central_soes", "central state-owned enterprises",
  description="may apply jointly with local governments for the manufacturing pilot program")

# =============================================================================== persons
P = lambda i, name, title, aliases=(), **p: N("person:" + i, ["Person"], name, aliases, title=title, **p)
P("wang_zhonglin", "Wang Zhonglin", "governor of Hubei")
P("tong_zhilei", "Tong Zhilei", "deputy to the Beijing Municipal People's Congress")
P("li_li", "Li Li", "chairwoman of Masterwork Group Co., Ltd.", ["Li"])
P("liu_xiangdong", "Liu Xiangdong", "researcher with China Center for International Economic Exchanges")
P("chen_hongyu", "Chen Hongyu",
  "former vice president of the Party School of the Guangdong Provincial Committee of the Communist Party of China",
  former=True)
P("cheng_nan", "Cheng Nan",
  "director of the planning institute at the China Center for Information Industry Development", ["Cheng"])
P("dai_bin", "Dai Bin",
  "director of the Research Center for Regional Economics and Urban Management at Southwest Jiaotong University",
  ["Dai"])
P("wei_jianqiang", "Wei Jianqiang", "vice-president of Lenovo")
P("chi_jingyi", "Chi Jingyi", "author (Global Times)")
P("pan_helin", "Pan Helin", "veteran economist")
P("qi_xiangdong", "Qi Xiangdong",
  "vice chairman of the All-China Federation of Industry and Commerce, chairman of Qi An Xin Technology Group")
P("jack_perry_jr", "Jack Perry Jr", "chairman of 48 Group Club")
P("tian_yi", "Tian Yi", "web editor")
P("zhong_wenxing", "Zhong Wenxing", "web editor")
P("chen_chunyou", "CHEN Chunyou", "author", ["Chen Chunyou"])
P("li_linxu", "LI Linxu", "author", ["Li Linxu"])
P("cai_yuezhou", "Cai Yuezhou",
  "research fellow from the Institute of Quantitative and Technological Economics at the Chinese Academy of Social Sciences")
P("gai_kaicheng", "Gai Kaicheng", "Professor, Southwestern University")
P("han_wenlong", "Han Wenlong", "Professor, Southwestern University")
P("shahbaz_khan", "Shahbaz Khan", "UNESCO representative to China, DPRK, Japan, Mongolia, and ROK",
  ["Prof. Dr. Shahbaz Khan"], honorific="Prof. Dr.")

# =============================================================================== industries / technologies
def I(i, name, aliases=(), labels=(), **p):
    return N("industry:" + i, ["Industry"] + list(labels), name, aliases, **p)

I("metaverse", "metaverse", ["Metaverse"])
I("blockchain", "blockchain")
I("artificial_intelligence", "artificial intelligence", ["AI"])
I("new_generation_ai", "new-generation AI")
I("extended_reality", "extended reality")
I("uhd_display", "ultra-high-definition display")
I("quantum_information", "quantum information")
I("quantum_computing", "quantum computing")
I("quantum_technology", "quantum technology")
I("quantum_communications", "quantum communications")
I("brain_like_intelligence", "brain-like intelligence")
I("digital_economy", "digital economy")
I("big_data", "big data")
I("cloud_computing", "cloud computing")
I("medical_devices", "medical devices")
I("printing_equipment", "printing equipment")
I("high_tech_industries", "high-tech industries", ["High-tech industries", "high-tech industry"])
I("strategic_emerging_sectors", "industrial strategic emerging sectors", ["strategic emerging industries"])
I("high_tech_manufacturing", "high-tech manufacturing")
I("advanced_manufacturing", "advanced manufacturing")
I("manufacturing", "manufacturing industry", ["manufacturing"])
I("traditional_industries", "traditional industries")
I("robotics", "robotics")
I("smart_manufacturing", "smart manufacturing")
I("it_manufacturing", "information technology manufacturing")
I("virtual_reality", "virtual reality", ["VR"])
I("electronic_information", "electronic information industry", ["electronic information sector"])
I("consumer_electronics", "consumer electronics")
I("internet_of_things", "internet of things", ["IoT"])
I("smart_technology", "smart technology industry")
I("laptop_computers", "laptop computers", labels=["Product"])
I("smartphones", "smartphones", labels=["Product"])
I("ipads", "iPads", labels=["Product"])
I("cell_and_gene_therapy", "cell and gene therapy")
I("brain_computer_interfaces", "brain-computer interfaces")
I("6g", "6G")
I("fusion_energy", "fusion energy")
I("integrated_circuits", "integrated circuits", ["ICs"])
I("biomedicine", "biomedicine")
I("new_energy_vehicles", "new-energy vehicles", ["NEVs"])
I("low_altitude_economy", "low-altitude economy")
I("new_materials", "new materials")
I("biopharmaceuticals", "biopharmaceuticals")
I("bio_manufacturing", "bio-manufacturing")
I("embodied_intelligence", "embodied intelligence")
I("productive_services", "productive services industry")
I("intelligent_connected_vehicles", "intelligent connected vehicles")
I("low_altitude_smart_logistics", "low-altitude smart logistics")
I("urban_air_transportation", "urban air transportation")
I("emergency_air_rescue", "emergency air rescue")
I("industrial_robots", "industrial robots")
I("5g", "5G", ["5G networks"])
I("new_quality_productive_forces", "new quality productive forces",
  ["new quality productivity forces", "New Quality Productive Forces"], labels=["Concept"])
I("modern_industrial_system", "modern industrial system", labels=["Concept"])
I("sci_tech_innovation", "scientific and technological innovation", ["sci-tech innovation"], labels=["Concept"])
I("basic_scientific_research", "basic scientific research", labels=["Concept"])
I("specialized_innovative_smes", "specialized and innovative SMEs",
  ["specialized and innovative", "small and medium-sized enterprises (SMEs) that are specialized and innovative"],
  labels=["Concept"])
I("digital_technology", "digital technology", ["digital technologies", "Digital Tech"])
I("digital_intelligence_technology", "digital intelligence technology")
I("green_technology", "green technology")
I("aerospace", "aerospace")
I("value_added_telecom", "value-added telecommunication services",
  ["value- added telecommunication services", "Value-added Telecom Services"])
I("internet_data_centers", "internet data centers", terms=["internet da- ta centers"],
  as_written="internet da- ta centers")
I("content_delivery_networks", "content delivery networks")
I("internet_service_providers", "internet service providers")
I("online_data_processing", "online data processing and transaction processing")
I("information_publishing_platforms", "information publishing platforms and information delivery services")
I("information_protection", "information protection and processing services")
I("telecommunications", "telecommunication industry", ["telecommunications"])
I("healthcare", "healthcare")
I("aviation", "aviation")
I("photovoltaics", "photovoltaics")
I("power_batteries", "power batteries")
I("biological_fermentation", "biological fermentation")
I("agricultural_machinery", "agricultural machinery", terms=["agricultural and construction machinery"],
  as_written="agricultural and construction machinery")
I("construction_machinery", "construction machinery")
I("edge_computing", "edge computing")
I("life_sciences", "life sciences")
I("new_energy", "new energy")
I("biotechnology", "biotechnology")
I("short_video_live_broadcasting", "short video live broadcasting ecosystem", ["short video live broadcasting"])
I("karst_science", "karst science and technology", ["karst research", "Karst Research"])
I("industrial_equipment", "industrial equipment")
I("real_economy", "real economy", labels=["Concept"])
I("emerging_technologies", "emerging technologies")
I("high_quality_development", "high-quality development", ["high-quality growth"], labels=["Concept"])
I("drones", "drones")
I("internet_news_information", "internet news information",
  ["services related to internet news information"])
I("online_publishing", "online publishing")
I("internet_radio_television", "internet radio and television")
I("internet_culture_management", "internet culture management")

# =============================================================================== programs
def PR(i, labels, name, aliases=(), **p):
    return N("program:" + i, ["Program"] + list(labels), name, aliases, **p)

PR("covid19", ["Event"], "COVID-19 epidemic", ["COVID-19 pandemic", "COVID-19", "epidemic", "pandemic"])
PR("two_sessions_2022", ["Event"], "two sessions",
   ["annual legislative and political consultative meetings"], year=2022,
   description="annual legislative and political consultative meetings of China's provincial-level regions")
PR("one_trillion_yuan_club", ["Designation"], "one trillion yuan club",
   description="cities whose GDP exceeds one trillion yuan")
PR("beijing_application_scenarios", ["Plan"], "20 major application scenarios",
   ["major application scenarios"], year=2022)
PR("wuhan_ai_pilot_zone", ["Zone", "PilotZone"], "national pilot zone on new-generation AI", year=2022,
   status="planned")
PR("guangdong_basic_research_project", ["Project"], "10-year project to develop basic scientific research",
   year=2022, duration_years=10)
PR("specialized_innovative_sme_list", ["Designation"],
   "national-level small and medium-sized enterprises (SMEs) that are specialized and innovative",
   ["specialized and innovative SMEs", "national-level specialized and innovative SMEs"])
PR("nanchang_metaverse_pilot_zone", ["Zone", "PilotZone"], "pilot zone for metaverse", year=2022, status="planned")
PR("shanghai_government_work_report_2025", ["WorkReport"], "Shanghai's Government Work Report",
   ["Government Work Report"], year=2025, date="2025-01-15", only_docs=[D3],
   date_note="delivered 'on Wednesday' before the 2025-01-16 article")
PR("guangdong_government_work_plan_2025", ["Plan", "WorkReport"], "2025 Government Work Plan",
   ["Government Work Plan", "Guangdong 2025 Government Work Plan"], only_docs=[D3], year=2025, date="2025-01-15",
   date_note="released 'on Wednesday' before the 2025-01-16 article")
PR("guangdong_government_work_report_2025", ["WorkReport"], "Guangdong's Government Work Report",
   only_docs=[D3], year=2025, note="cited for 2024 results; the article names it separately from the 2025 Government Work Plan "
                   "released the same day (possibly the same document)")
PR("beijing_work_plan_2025", ["Plan", "WorkReport"], "2025 work plan", ["Beijing 2025 work plan"], only_docs=[D3], year=2025,
   date="2025-01-14", date_note="rolled out 'on Tuesday' before the 2025-01-16 article")
PR("beijing_digital_economy_benchmark_city", ["Designation"], "global benchmark city for the digital economy")
PR("beijing_data_elements_pilot_zone", ["Zone", "PilotZone"],
   "comprehensive pilot zone for the market-oriented allocation reform of data elements")
PR("guangdong_icv_pilot_cities", ["PilotProgram"], "pilot cities for intelligent connected vehicles")
PR("shanghai_incubators", ["Project"], "incubators", only_docs=[D3], description="focusing on nurturing technology enterprises")
PR("central_economic_work_conference_2024", ["Conference"], "Central Economic Work Conference",
   only_docs=[D3], year=2024, date="2024-12", date_note="'In December' in a January 2025 article")
PR("central_economic_work_conference_2023", ["Conference"], "central economic work conference",
   ["last December's central economic work conference"], only_docs=[D4], year=2023, date="2023-12",
   date_note="'last December' in an April 2024 article")
PR("government_work_report_2024", ["WorkReport"], "government work report",
   ["this year's government work report"], only_docs=[D4], year=2024, date_note="'this year' in an April 2024 article")
PR("manufacturing_tech_transformation_pilot", ["PilotProgram"],
   "pilot program for technological transformation in manufacturing cities",
   ["Manufacturing Cities to Pilot Tech Upgrade", "pilot program"], year=2024,
   announced="notice issued by the Ministry of Finance and the Ministry of Industry and Information Technology in early April",
   eligibility="prefecture-level cities or above")
PR("flagship_demonstration_projects", ["Project"], "flagship demonstration projects")
PR("beijing_sci_tech_innovation_hub", ["Designation"], "international science and technology innovation hub",
   ["Beijing Sci-tech Innovation Hub"], year=2014, planned_year=2014)
PR("nature_index_science_cities_2023", ["Ranking"], "Nature Index Science Cities 2023 rankings",
   ["Nature Index Science Cities 2023"], year=2023)
PR("telecom_opening_pilot", ["PilotProgram"],
   "expand the opening up of value-added telecommunication services in pilot areas",
   ["Wider Opening Up of Value-added Telecom Services"], year=2024,
   announced="circular recently released by the Ministry of Industry and Information Technology (MIIT)")
PR("beijing_service_sector_opening_zone", ["Zone"],
   "Beijing's national comprehensive demonstration zone for expanding opening up in the service sector",
   ["national comprehensive demonstration zone for expanding opening up in the service sector"])
PR("shanghai_pilot_ftz", ["Zone", "FreeTradeZone"], "China (Shanghai) Pilot Free Trade Zone")
PR("lingang_new_area", ["Zone"], "Lingang New Area of the China (Shanghai) Pilot Free Trade Zone",
   ["Lingang New Area"])
PR("pudong_pioneer_area", ["Zone"], "pioneer area for socialist modernization in Shanghai's Pudong New Area",
   ["pioneer area for socialist modernization"])
PR("hainan_free_trade_port", ["Zone", "FreeTradeZone"], "Hainan Free Trade Port")
PR("shenzhen_pilot_demonstration_area", ["Zone"],
   "Shenzhen Pilot Demonstration Area of Socialism with Chinese Characteristics")
PR("industrial_equipment_renewal_plan", ["ActionPlan"], "industrial equipment renewal action plan",
   ["action plan", "China to Update Industrial Equipment"], year=2024,
   measures=["advanced equipment renewal", "digital transformation", "green equipment promotion",
             "safety level improvement"],
   release="co-released in early April by seven government departments")
PR("special_reloans", [], "Special reloans",
   description="set up by financial institutions for sci-tech innovation and technological transformation")
PR("zhongguancun_forum_2024", ["Forum", "Event"], "2024 Zhongguancun Forum", ["Zhongguancun Forum"],
   year=2024, start_date="2024-04-25", end_date="2024-04-29")
PR("future_of_jobs_report_2023", ["Report"], "The Future of Jobs Report 2023", ["Future of Jobs Report 2023"],
   year=2023)
PR("caps_report", ["Report"], "report released by the Chinese Academy of Personnel Sciences",
   note="title not given")
PR("digital_china_development_report_2022", ["Report"], "2022 Digital China Development Report", year=2022)
PR("karst_event", ["Event"], "karst research event hosted by the CSTEC", ["This event", "The event"],
   note="the article does not name the event; name given by the curator",
   description="platform for domestic and foreign innovative entities in the karst carbon cycling field")
PR("talented_young_scientist_program", [], "Talented Young Scientist Program", year=2013,
   initiated_year=2013)
PR("new_5g_carrier_registration", ["Event"], "new state-backed 5G carrier cellphone registration",
   note="unnamed carrier; 'set to open cellphone registration this year'", year=2022)

# =============================================================================== doc:000 / doc:001 (same story)
# --- geography
E("CAPITAL_OF", "city:wuhan", "region:hubei", D0, "while Wuhan, capital of Hubei, aims",
  also=[(D1, "For its province, Wuhan, capital of Hubei")])
E("LOCATED_IN", "city:wuhan", "region:hubei", D0, "while Wuhan, capital of Hubei, aims",
  also=[(D1, "For its province, Wuhan, capital of Hubei")])
E("CAPITAL_OF", "city:hefei", "region:anhui", D0, "Hefei, capital of east China's Anhui Province",
  also=[(D1, "Hefei, capital of east China’s Anhui Province"), (D2, "Hefei, capital of Anhui province")])
E("LOCATED_IN", "city:hefei", "region:anhui", D0, "Hefei, capital of east China's Anhui Province",
  also=[(D1, "Hefei, capital of east China’s Anhui Province"), (D2, "Hefei, capital of Anhui province")])
E("LOCATED_IN", "region:anhui", "region:east_china", D0, "Hefei, capital of east China's Anhui Province",
  also=[(D1, "Hefei, capital of east China’s Anhui Province")])
E("LOCATED_IN", "city:dongguan", "region:guangdong", D0, "With the GDP of Dongguan, a city in south China's Guangdong Province")
E("LOCATED_IN", "region:guangdong", "region:south_china", D0, "Dongguan, a city in south China's Guangdong Province",
  also=[(D1, "a city in south China’s Guangdong Province"), (D3, "South China's Guangdong Province, another economic powerhouse")])
E("LOCATED_IN", "region:shanxi", "region:north_china", D0, "the GDP of north China's Shanxi Province surpassed")
E("LOCATED_IN", "region:zhejiang", "region:east_china", D0, "Zhejiang Province in east China will promote",
  also=[(D1, "Zhejiang Province in east China is set to promote")])
E("LOCATED_IN", "region:chongqing", "region:southwest_china", D0, "Southwest China's Chongqing Municipality plans",
  also=[(D1, "Southwest China’s Chongqing Municipality plans"),
        (D2, "come from Chongqing, the southwestern Chinese municipality")])
E("LOCATED_IN", "region:shandong", "region:east_china", D0, "Shandong Province in east China aims",
  also=[(D4, "Qingdao, east China's Shandong province")])
E("PART_OF", "region:east_china", "region:china", D0, "Zhejiang Province in east China will promote")
E("PART_OF", "region:south_china", "region:china", D0, "Dongguan, a city in south China's Guangdong Province")
E("PART_OF", "region:north_china", "region:china", D0, "the GDP of north China's Shanxi Province surpassed")
E("PART_OF", "region:southwest_china", "region:china", D0, "Southwest China's Chongqing Municipality plans",
  also=[(D2, "Southwestern China is also showing strong momentum.")])
E("LOCATED_IN", "company:masterwork", "city:tianjin", D0, "a high-tech firm based in Tianjin")
E("GOVERNS", "org:beijing_municipal_government", "region:beijing", D0,
  "Beijing municipal government aims to launch 20 major application scenarios",
  also=[(D1, "Beijing municipal government targets launching")])
E("AFFILIATED_WITH", "org:beijing_municipal_peoples_congress", "region:beijing", D0,
  "a deputy to the Beijing Municipal People's Congress")
E("PART_OF", "org:guangdong_provincial_committee_cpc", "org:cpc", D0,
  "Party School of the Guangdong Provincial Committee of the Communist Party of China")
E("AFFILIATED_WITH", "org:guangdong_provincial_committee_cpc", "region:guangdong", D0,
  "Party School of the Guangdong Provincial Committee of the Communist Party of China")
E("PART_OF", "org:party_school_guangdong", "org:guangdong_provincial_committee_cpc", D0,
  "Party School of the Guangdong Provincial Committee of the Communist Party of China")
E("PUBLISHED", "org:xinhua", D0, D0, "TAIYUAN, Feb. 17 (Xinhua)")
E("PUBLISHED", "org:opengov_asia", D1, D1, "as reported on OpenGov Asia",
  note="publisher inferred: the article refers to 'OpenGov Asia' as where it reports")

# --- persons
E("HOLDS_ROLE", "person:wang_zhonglin", "region:hubei", D0, "Wang Zhonglin, governor of Hubei",
  also=[(D1, "Wang Zhonglin, governor of Hubei")], role="governor")
E("GOVERNS", "person:wang_zhonglin", "region:hubei", D0, "Wang Zhonglin, governor of Hubei",
  also=[(D1, "Wang Zhonglin, governor of Hubei")], role="governor")
E("HOLDS_ROLE", "person:tong_zhilei", "org:beijing_municipal_peoples_congress", D0,
  "said Tong Zhilei, a deputy to the Beijing Municipal People's Congress",
  also=[(D1, "said Tong Zhilei, a deputy to the Beijing Municipal People’s Congress")], role="deputy")
E("HOLDS_ROLE", "person:li_li", "company:masterwork", D0, "said Li Li, chairwoman of Masterwork Group",
  role="chairwoman")
E("HOLDS_ROLE", "person:liu_xiangdong", "org:cciee", D0,
  "Liu Xiangdong, a researcher with China Center for International Economic Exchanges", role="researcher")
E("HOLDS_ROLE", "person:chen_hongyu", "org:party_school_guangdong", D0,
  "said Chen Hongyu, former vice president of the Party School", role="vice president", former=True)

# --- programs & priorities
E("LAUNCHED", "region:china", "program:two_sessions_2022", D0,
  "China's provincial-level regions held their annual legislative and political consultative meetings",
  also=[(D1, "leaders of China’s provincial-level regions held their annual legislative")],
  note="held by China's provincial-level regions")
for ind in ["metaverse", "blockchain", "artificial_intelligence", "extended_reality"]:
    E("PRIORITIZES", "org:china_local_governments", "industry:" + ind, D0,
      "local decision-makers have vowed to further develop future industries", year=2022,
      category="future industries")
for ind in ["artificial_intelligence", "quantum_information"]:
    E("PRIORITIZES", "org:china_local_governments", "industry:" + ind, D0,
      "local governments pinning high hopes on the development of new sectors such as AI and quantum information",
      also=[(D1, "China’s local governments are pinning high hopes on the development of new sectors such as AI and quantum information")],
      category="new sectors")
E("PRIORITIZES", "org:china_local_governments", "industry:specialized_innovative_smes", D0,
  "Nurturing these \"specialized and innovative\" SMEs has been high on the agenda")
E("PRIORITIZES", "org:china_local_governments", "industry:basic_scientific_research", D0,
  "many local governments have pledged to provide adequate funding for scientific research")
E("PRIORITIZES", "org:china_local_governments", "industry:digital_technology", D1,
  "Local Governments in China Focus on Digital Technology to Drive Growth")
E("DEVELOPS", "region:shanxi", "industry:high_tech_industries", D0,
  "The traditional energy base also saw a continuing switch to high-tech industries", year=2021)
E("DEVELOPS", "region:shanxi", "industry:strategic_emerging_sectors", D0,
  "added value of industrial strategic emerging sectors", year=2021)
E("DEVELOPS", "region:shanxi", "industry:high_tech_manufacturing", D0,
  "added value of industrial strategic emerging sectors", year=2021)
E("LAUNCHED", "org:beijing_municipal_government", "program:beijing_application_scenarios", D0,
  "Beijing municipal government aims to launch 20 major application scenarios",
  also=[(D1, "Beijing municipal government targets launching 20 major application scenarios")],
  status="planned", year=2022)
E("LAUNCHED", "region:beijing", "program:beijing_application_scenarios", D0,
  "Beijing municipal government aims to launch 20 major application scenarios",
  also=[(D1, "Beijing municipal government targets launching 20 major application scenarios")],
  status="planned", year=2022)
for ind in ["blockchain", "artificial_intelligence", "extended_reality", "uhd_display"]:
    E("PRIORITIZES", "region:beijing", "industry:" + ind, D0,
      "Beijing municipal government aims to launch 20 major application scenarios",
      also=[(D1, "Beijing municipal government targets launching 20 major application scenarios")],
      year=2022, category="industrial clusters")
    E("TARGETS", "program:beijing_application_scenarios", "industry:" + ind, D0,
      "Beijing municipal government aims to launch 20 major application scenarios",
      also=[(D1, "Beijing municipal government targets launching 20 major application scenarios")])
for ind in ["brain_like_intelligence", "quantum_information"]:
    E("PRIORITIZES", "region:zhejiang", "industry:" + ind, D0,
      "Zhejiang Province in east China will promote the development of future industries",
      also=[(D1, "Zhejiang Province in east China is set to promote the development of future industries")],
      year=2022, category="future industries")
E("PRIORITIZES", "region:zhejiang", "industry:digital_economy", D0,
  "strive to increase the added value of the core industries of the digital economy by 12 percent",
  also=[(D1, "strive to increase the added value of the core industries of the digital economy")], year=2022)
E("DEVELOPS", "region:zhejiang", "industry:digital_economy", D0, "Boasting a strong digital economy, Zhejiang",
  also=[(D1, "the province already known for its strong digital economy")])
E("PRIORITIZES", "region:zhejiang", "industry:specialized_innovative_smes", D0,
  "while Zhejiang plans to add 100 similar companies in 2022", year=2022)
E("PRIORITIZES", "region:shandong", "industry:specialized_innovative_smes", D0,
  "Shandong Province in east China aims to incubate 400 such SMEs by 2025", year=2025)
E("PRIORITIZES", "region:chongqing", "industry:traditional_industries", D0,
  "plans to speed up the intelligent transformation of production equipment and key chains",
  also=[(D1, "plans to speed up the intelligent transformation of production equipment and key industrial chains")],
  year=2022, note="intelligent transformation of production equipment; cultivate smart factories and digital workshops")
E("PRIORITIZES", "city:hefei", "industry:metaverse", D0,
  "plans to cultivate a group of leading enterprises in frontier industries such as metaverse in the next five years",
  also=[(D1, "plans to cultivate a group of leading enterprises in frontier industries such as metaverse")],
  period="next five years", category="frontier industries")
E("LAUNCHED", "city:wuhan", "program:wuhan_ai_pilot_zone", D0,
  "aims to build a national pilot zone on new-generation AI",
  also=[(D1, "aims to build a national pilot zone on new-generation AI")], status="planned")
E("LOCATED_IN", "program:wuhan_ai_pilot_zone", "city:wuhan", D0,
  "aims to build a national pilot zone on new-generation AI",
  also=[(D1, "aims to build a national pilot zone on new-generation AI")])
for ind in ["new_generation_ai", "metaverse", "big_data", "cloud_computing", "blockchain"]:
    E("PRIORITIZES", "city:wuhan", "industry:" + ind, D0,
      "aims to build a national pilot zone on new-generation AI through the integration",
      also=[(D1, "aims to build a national pilot zone on new-generation AI through the integration")])
    E("TARGETS", "program:wuhan_ai_pilot_zone", "industry:" + ind, D0,
      "aims to build a national pilot zone on new-generation AI through the integration",
      also=[(D1, "aims to build a national pilot zone on new-generation AI through the integration")])
E("AFFECTED_BY", "region:hubei", "program:covid19", D0, "a new height for the province once hard hit by the epidemic",
  also=[(D1, "a new height for the province once hard hit by the epidemic")])
E("AFFECTED_BY", "region:china", "program:covid19", D0,
  "various parts of China continued to recover steadily from the impact of the COVID-19 epidemic",
  also=[(D1, "various parts of China have recovered steadily from the impact of the COVID-19 pandemic")])
E("TARGETS", "program:wuhan_ai_pilot_zone", "industry:real_economy", D0,
  "aims to build a national pilot zone on new-generation AI through the integration",
  also=[(D1, "aims to build a national pilot zone on new-generation AI through the integration")])
E("DEVELOPS", "city:tianjin", "industry:high_tech_industries", D0,
  "In Tianjin, pro-innovation policies have given rise to a boom in high-tech firms.")
E("DEVELOPS", "company:masterwork", "industry:medical_devices", D0,
  "From producing printing equipment to medical devices, Masterwork")
E("DEVELOPS", "company:masterwork", "industry:printing_equipment", D0,
  "From producing printing equipment to medical devices, Masterwork")
E("MEMBER_OF", "city:dongguan", "program:one_trillion_yuan_club", D0,
  "With the GDP of Dongguan, a city in south China's Guangdong Province, surpassing one trillion yuan",
  year=2021)
E("DEVELOPS", "city:tianjin", "industry:specialized_innovative_smes", D0,
  "Last year, 130 enterprises in the northern port city", year=2021)
E("MEMBER_OF", "city:tianjin", "program:specialized_innovative_sme_list", D0,
  "Last year, 130 enterprises in the northern port city", year=2021,
  note="130 Tianjin enterprises were listed")
E("LAUNCHED", "region:guangdong", "program:guangdong_basic_research_project", D0,
  "Guangdong plans to implement a 10-year project to develop basic scientific research", status="planned")
E("TARGETS", "program:guangdong_basic_research_project", "industry:basic_scientific_research", D0,
  "Guangdong plans to implement a 10-year project to develop basic scientific research")
E("PRIORITIZES", "region:guangdong", "industry:basic_scientific_research", D0,
  "Guangdong plans to implement a 10-year project to develop basic scientific research")
E("PRIORITIZES", "region:anhui", "industry:basic_scientific_research", D0,
  "Anhui Province, for instance, has aimed to elevate the share of R&D funding", year=2022)
E("TARGETS", "program:new_5g_carrier_registration", "industry:5g", D1,
  "a new state-backed 5G carrier is set to open cellphone registration this year")

# --- numeric facts
F("hubei_gdp_2021", "region:hubei", "GDP", 5.0, "trillion yuan", 2021, "reached", "2021", D0,
  "The gross domestic product (GDP) of Hubei Province reached 5 trillion yuan", "5 trillion yuan",
  also=[(D1, "the Gross Domestic Product (GDP) of Hubei Province reached 5 trillion yuan")],
  usd_value=789.0, usd_unit="billion US dollars", usd_qualifier="about",
  usd_as_written=["about 789 billion U.S. dollars", "US$ 789 billion"],
  year_basis="'last year' in an article of February 2022 (doc:000; doc:001 retells it)", note="doc:000 says 'about 789 billion U.S. dollars', doc:001 'US$ 789 billion'")
F("dongguan_gdp_2021", "city:dongguan", "GDP", 1.0, "trillion yuan", 2021, "more than", "2021", D0,
  "With the GDP of Dongguan, a city in south China's Guangdong Province, surpassing one trillion yuan",
  "surpassing one trillion yuan", conflict=True,
  conflict_note="doc:001 retells this sentence but names the city 'Guangdong, a city in south China's "
                "Guangdong Province' (see fact:guangdong_city_gdp_2021_doc001); doc:000 names Dongguan")
F("guangdong_city_gdp_2021_doc001", [], "GDP", 1.0, "trillion yuan", 2021, "more than", "2021", D1,
  "Another example is the GDP of Guangdong, a city in south China’s Guangdong Province",
  "surpassed one trillion yuan (US$ 158 billion) in 2021",
  name="GDP of 'Guangdong, a city in south China's Guangdong Province' (as written in doc:001) (2021)",
  subject_as_written="Guangdong, a city in south China’s Guangdong Province",
  usd_value=158.0, usd_unit="billion US dollars", usd_as_written="US$ 158 billion", conflict=True,
  conflict_note="doc:001 calls the city 'Guangdong' (Guangdong is the province); the same story in doc:000 "
                "names the city Dongguan (fact:dongguan_gdp_2021). Kept as written; not attached to any "
                "subject with HAS_FACT so it does not mix with provincial GDP figures.")
E("ABOUT", "fact:guangdong_city_gdp_2021_doc001", "region:guangdong", D1,
  "Another example is the GDP of Guangdong, a city in south China’s Guangdong Province")
E("CONFLICTS_WITH", "fact:guangdong_city_gdp_2021_doc001", "fact:dongguan_gdp_2021", D1,
  "Another example is the GDP of Guangdong, a city in south China’s Guangdong Province",
  other_source=D0,
  other_evidence=g.ev(D0, "With the GDP of Dongguan, a city in south China's Guangdong Province"),
  conflict_note="same sentence in both articles; doc:000 names the city Dongguan, doc:001 'Guangdong'")
F("guangdong_trillion_club_cities_2021", "region:guangdong", "cities in one trillion yuan club", 4, "cities",
  2021, None, "2021 (as of Feb. 2022)", D0, "Guangdong now has four cities in the \"one trillion yuan club.\"",
  "four cities", about=["program:one_trillion_yuan_club"],
  also=[(D1, "Guangdong now has four cities in the “one trillion yuan club.”")])
E("TARGETS", "program:one_trillion_yuan_club", "region:guangdong", D0,
  "Guangdong now has four cities in the \"one trillion yuan club.\"",
  also=[(D1, "Guangdong now has four cities in the “one trillion yuan club.”")],
  note="Guangdong has four member cities")
F("guangdong_gdp_2021", "region:guangdong", "GDP", 12.0, "trillion yuan", 2021, "more than", "2021", D0,
  "The GDP of the province itself exceeded 12 trillion yuan for the first time", "exceeded 12 trillion yuan",
  also=[(D1, "The GDP of the province itself exceeded 12 trillion yuan (US$ 1.89 trillion)")],
  usd_value=1.89, usd_unit="trillion US dollars", usd_as_written="US$ 1.89 trillion", usd_source=D1,
  rank=1, rank_note="leading all provincial-level regions", first_time=True)
F("shanxi_gdp_2021", "region:shanxi", "GDP", 2.0, "trillion yuan", 2021, "more than", "2021", D0,
  "In 2021, the GDP of north China's Shanxi Province surpassed two trillion yuan.", "surpassed two trillion yuan")
F("shanxi_strategic_emerging_added_value_growth_2021", "region:shanxi", "added value growth", 19.5, "percent",
  2021, None, "2021", D0, "increasing 19.5 percent and 34.2 percent respectively", "19.5 percent",
  about=["industry:strategic_emerging_sectors"], sector="industrial strategic emerging sectors")
F("shanxi_high_tech_manufacturing_added_value_growth_2021", "region:shanxi", "added value growth", 34.2,
  "percent", 2021, None, "2021", D0, "increasing 19.5 percent and 34.2 percent respectively", "34.2 percent",
  about=["industry:high_tech_manufacturing"], sector="high-tech manufacturing")
F("beijing_application_scenarios_target_2022", ["region:beijing", "program:beijing_application_scenarios"],
  "major application scenarios to launch", 20, "scenarios", 2022, "target", "2022 plan", D0,
  "Beijing municipal government aims to launch 20 major application scenarios", "20 major application scenarios",
  also=[(D1, "Beijing municipal government targets launching 20 major application scenarios")],
  kind="target")
F("zhejiang_digital_core_added_value_growth_target_2022", "region:zhejiang",
  "added value growth", 12.0, "percent", 2022, "target", "2022 plan", D0,
  "strive to increase the added value of the core industries of the digital economy by 12 percent",
  "by 12 percent", about=["industry:digital_economy"], kind="target",
  sector="core industries of the digital economy",
  also=[(D1, "strive to increase the added value of the core industries of the digital economy by as much as 12%")],
  qualifier_note="doc:000 'by 12 percent'; doc:001 'by as much as 12%'")
F("chongqing_smart_factories_target_2022", "region:chongqing", "new smart factories to cultivate", 10,
  "factories", 2022, "target", "2022 plan", D0, "cultivate 10 new smart factories and 100 digital workshops",
  "10 new smart factories", also=[(D1, "It is eyeing to cultivate 10 new smart factories")], kind="target")
F("chongqing_digital_workshops_target_2022", "region:chongqing", "digital workshops to cultivate", 100,
  "workshops", 2022, "target", "2022 plan", D0, "cultivate 10 new smart factories and 100 digital workshops",
  "100 digital workshops", also=[(D1, "It is eyeing to cultivate 10 new smart factories")], kind="target")
F("hefei_metaverse_plan_period", "city:hefei", "plan duration", 5, "years", 2022, None, "next five years", D0,
  "plans to cultivate a group of leading enterprises in frontier industries such as metaverse in the next five years",
  "in the next five years", about=["industry:metaverse"],
  also=[(D1, "plans to cultivate a group of leading enterprises in frontier industries such as metaverse in the next five years")],
  kind="target")
F("masterwork_license_time", "company:masterwork", "time to obtain medical device license", 1, "months", None,
  "within", "within a month", D0, "Within a month, our newly established company had obtained the license",
  "Within a month", about=["industry:medical_devices"])
F("tianjin_specialized_smes_2021", "city:tianjin", "specialized and innovative SMEs", 130,
  "enterprises", 2021, None, "2021", D0, "Last year, 130 enterprises in the northern port city",
  "130 enterprises", about=["industry:specialized_innovative_smes", "program:specialized_innovative_sme_list"],
  measure="listed as national-level",
  year_basis="'last year' in an article of February 2022 (doc:000; doc:001 retells it)")
F("shandong_specialized_smes_target_2025", "region:shandong", "specialized and innovative SMEs", 400,
  "enterprises", 2025, "target", "by 2025", D0, "Shandong Province in east China aims to incubate 400 such SMEs",
  "400 such SMEs by 2025", about=["industry:specialized_innovative_smes"], kind="target",
  measure="to incubate")
F("zhejiang_specialized_smes_target_2022", "region:zhejiang", "specialized and innovative SMEs", 100,
  "enterprises", 2022, "target", "2022", D0, "while Zhejiang plans to add 100 similar companies in 2022",
  "100 similar companies in 2022", about=["industry:specialized_innovative_smes"], kind="target",
  measure="to add")
F("anhui_rd_share_target_2022", "region:anhui", "R&D expenditure share of GDP", 2.5, "percent", 2022, "about",
  "2022 target", D0, "has aimed to elevate the share of R&D funding in its GDP to about 2.5 percent in 2022",
  "about 2.5 percent in 2022", about=["industry:basic_scientific_research"], kind="target",
  metric_as_written="the share of R&D funding in its GDP")
F("guangdong_basic_research_project_duration", ["region:guangdong", "program:guangdong_basic_research_project"],
  "plan duration", 10, "years", None, None, "10-year project", D0,
  "Guangdong plans to implement a 10-year project to develop basic scientific research", "10-year project",
  about=["industry:basic_scientific_research"])
F("guangdong_basic_research_fund_share", ["region:guangdong", "program:guangdong_basic_research_project"],
  "share of provincial scientific research fund", 33.3, "percent", None, "more than", "10-year project", D0,
  "where more than a third of the province's scientific research fund will go to", "more than a third",
  about=["industry:basic_scientific_research"], value_fraction=1 / 3,
  note="'more than a third' stored as 33.3 percent")

# --- statements
S("wang_zhonglin_2021", "person:wang_zhonglin", D0,
  "Calling 2021 \"extraordinary and challenging,\" Wang Zhonglin",
  "it was a year full of achievements in post-pandemic recovery", about=["region:hubei"],
  also=[(D1, "Describing the year as “extraordinary and challenging,” Wang Zhonglin")], quoted=False,
  quote="extraordinary and challenging", year=2021)
S("tong_zhilei_metaverse", "person:tong_zhilei", D0, "\"The concept of metaverse can be regarded",
  "The concept of metaverse can be regarded as the comprehensive development and innovative extension of the digital economy",
  about=["industry:metaverse", "industry:digital_economy", "region:beijing"],
  also=[(D1, "“The concept of metaverse can be regarded")],
  paraphrase="Beijing should utilize its advantages in resources and talent to get a head start in the area")
S("li_li_license", "person:li_li", D0, "\"Within a month, our newly established company",
  "Within a month, our newly established company had obtained the license to produce medical devices",
  about=["industry:medical_devices", "company:masterwork"])
S("li_li_approval", "person:li_li", D0, "\"The efficiency in government approval",
  "The efficiency in government approval not only enabled us to meet domestic demand during the pandemic but also helped us export our products in a timely fashion",
  about=["company:masterwork", "city:tianjin"])
S("liu_xiangdong_smes", "person:liu_xiangdong", D0, "said developing SMEs plays an important role",
  "developing SMEs plays an important role in boosting the competitiveness of the real economy, especially in the manufacturing industry, and helps improve the modernization level and international competitiveness of the industrial and supply chains",
  about=["industry:specialized_innovative_smes", "industry:manufacturing", "industry:real_economy"], quoted=False)
S("chen_hongyu_guangdong_research", "person:chen_hongyu", D0, "\"Guangdong will give scientists greater say",
  "Guangdong will give scientists greater say in choosing research directions and using funds and resources, in an effort to foster greater technological breakthrough",
  about=["region:guangdong", "industry:basic_scientific_research"])
S("doc000_metaverse_eye_catching", "doc:000", D0,
  "metaverse has become one of the most eye-catching words",
  "metaverse has become one of the most eye-catching words in the discussions of local lawmakers and political advisors",
  about=["industry:metaverse"], quoted=False, name="doc:000: metaverse one of the most eye-catching words",
  note="claim of the article itself; doc:001 words it 'most widely mentioned'",
  variant_of="statement:doc001_metaverse_widely_mentioned")
S("doc001_metaverse_widely_mentioned", "doc:001", D1,
  "Metaverse, however, has become one of the most widely mentioned",
  "Metaverse, however, has become one of the most widely mentioned in the discussions of local lawmakers and political advisors",
  about=["industry:metaverse"], quoted=False, name="doc:001: metaverse one of the most widely mentioned",
  note="claim of the article itself; doc:000 words it 'most eye-catching words'")

# =============================================================================== doc:002 (China Daily, 2022-05-27)
E("PUBLISHED", "org:china_daily", D2, D2, "Updated: May 27, 2022 09:11 China Daily")
E("PUBLISHED", "org:gov_cn", D2, D2, "=Copyright© www.gov.cn | About us | Contact us", role="republisher")
E("LOCATED_IN", "region:yangtze_river_delta", "region:china", D2,
  "coastal areas such as the Yangtze River Delta region and the Pearl River Delta region")
E("LOCATED_IN", "region:pearl_river_delta", "region:china", D2,
  "coastal areas such as the Yangtze River Delta region and the Pearl River Delta region")
E("PART_OF", "region:inland_regions", "region:china", D2, "the nation's inland regions, which used to be spectators")
E("DEVELOPS", "region:china", "industry:it_manufacturing", D2,
  "The nation has long been known as an information technology manufacturing powerhouse")
for ind in ["artificial_intelligence", "robotics", "metaverse", "smart_manufacturing"]:
    E("PRIORITIZES", "region:china", "industry:" + ind, D2,
      "But as China pursues new opportunities in artificial intelligence, robotics, metaverse and smart manufacturing")
E("CAPITAL_OF", "city:shenyang", "region:liaoning", D2, "Shenyang, capital of Liaoning province in northeastern China")
E("LOCATED_IN", "city:shenyang", "region:liaoning", D2, "Shenyang, capital of Liaoning province in northeastern China")
E("LOCATED_IN", "region:liaoning", "region:northeastern_china", D2, "Liaoning province in northeastern China")
E("PART_OF", "region:northeastern_china", "region:china", D2, "Liaoning province in northeastern China")
E("CAPITAL_OF", "city:nanchang", "region:jiangxi", D2, "Nanchang, capital of Jiangxi province in East China")
E("LOCATED_IN", "city:nanchang", "region:jiangxi", D2, "Nanchang, capital of Jiangxi province in East China")
E("LOCATED_IN", "region:jiangxi", "region:east_china", D2, "Nanchang, capital of Jiangxi province in East China")
E("CAPITAL_OF", "city:chengdu", "region:sichuan", D2, "are produced in Chengdu, capital of Sichuan province")
E("LOCATED_IN", "city:chengdu", "region:sichuan", D2, "are produced in Chengdu, capital of Sichuan province")
E("DEVELOPS", "city:hefei", "industry:artificial_intelligence", D2,
  "is now a magnet for research and development staff and companies that are dedicated to exploring technologies such as AI")
E("DEVELOPS", "city:shenyang", "industry:robotics", D2, "more than 860 new companies have been registered in Shenyang")
E("DEVELOPS", "city:hefei", "industry:quantum_communications", D2,
  "adding that Hefei and Shenyang are tapping into the academic resources",
  note="the article pairs 'Hefei and Shenyang' with 'quantum communications and robotics companies' in that order")
E("DEVELOPS", "city:shenyang", "industry:robotics", D2,
  "adding that Hefei and Shenyang are tapping into the academic resources")
E("LAUNCHED", "city:nanchang", "program:nanchang_metaverse_pilot_zone", D2,
  "The city said this year it will build a pilot zone for metaverse", status="planned", year=2022)
E("LOCATED_IN", "program:nanchang_metaverse_pilot_zone", "city:nanchang", D2,
  "The city said this year it will build a pilot zone for metaverse")
E("PRIORITIZES", "city:nanchang", "industry:metaverse", D2,
  "The city said this year it will build a pilot zone for metaverse", year=2022)
E("TARGETS", "program:nanchang_metaverse_pilot_zone", "industry:metaverse", D2,
  "The city said this year it will build a pilot zone for metaverse")
E("TARGETS", "program:nanchang_metaverse_pilot_zone", "industry:virtual_reality", D2,
  "which will feature a combination of virtual reality software and hardware companies")
E("DEVELOPS", "region:jiangxi", "industry:virtual_reality", D2,
  "The plan came after Jiangxi has worked hard to cultivate its VR industry in recent years.")
for co in ["qualcomm", "microsoft", "alibaba", "tencent", "huawei"]:
    E("OPERATES_IN", "company:" + co, "region:jiangxi", D2,
      "including international heavyweights such as Qualcomm Inc and Microsoft Corp",
      business="VR", note="attracted by Jiangxi to set up local VR businesses")
    E("DEVELOPS", "company:" + co, "industry:virtual_reality", D2,
      "including international heavyweights such as Qualcomm Inc and Microsoft Corp")
E("LOCATED_IN", "org:ccid", "region:beijing", D2, "a Beijing-based think tank")
E("PART_OF", "org:ccid_planning_institute", "org:ccid", D2,
  "director of the planning institute at the China Center for Information Industry Development")
E("HOLDS_ROLE", "person:cheng_nan", "org:ccid_planning_institute", D2,
  "said Cheng Nan, director of the planning institute", role="director")
E("HOLDS_ROLE", "person:cheng_nan", "org:ccid", D2,
  "said Cheng Nan, director of the planning institute", role="director of the planning institute")
E("DEVELOPS", "region:chongqing", "industry:laptop_computers", D2,
  "Now one out of every three laptop computers sold worldwide")
E("DEVELOPS", "region:chongqing", "industry:smartphones", D2,
  "Now one out of every three laptop computers sold worldwide")
E("DEVELOPS", "city:chengdu", "industry:ipads", D2, "70 percent of the world's iPads")
E("DEVELOPS", "city:chengdu", "industry:laptop_computers", D2, "70 percent of the world's iPads")
E("DEVELOPS", "city:chengdu", "industry:electronic_information", D2,
  "The size of the electronic information sector in Chengdu and Chongqing")
E("DEVELOPS", "region:chongqing", "industry:electronic_information", D2,
  "The size of the electronic information sector in Chengdu and Chongqing")
E("AFFILIATED_WITH", "org:chengdu_daily", "city:chengdu", D2,
  "according to a report in Chengdu Daily, which is affiliated with the local government",
  note="'affiliated with the local government'")
E("PART_OF", "org:swjtu_regional_economics_center", "org:southwest_jiaotong_university", D2,
  "the Research Center for Regional Economics and Urban Management at Southwest Jiaotong University")
E("HOLDS_ROLE", "person:dai_bin", "org:swjtu_regional_economics_center", D2,
  "Dai Bin, director of the Research Center", role="director")
E("AFFILIATED_WITH", "person:dai_bin", "org:southwest_jiaotong_university", D2,
  "Dai Bin, director of the Research Center", role="director of the Research Center for Regional Economics and Urban Management")
E("DEVELOPS", "region:western_china", "industry:consumer_electronics", D2,
  "These factors have helped the region efficiently attract consumer electronics plants")
E("DEVELOPS", "region:western_china", "industry:electronic_information", D2,
  "building factories in western China does not have a location disadvantage")
E("DEVELOPS", "region:sichuan", "industry:internet_of_things", D2,
  "companies in Sichuan are also exploring new technologies such as the internet of things")
E("AFFILIATED_WITH", "org:chengdu_bureau_of_statistics", "city:chengdu", D2,
  "The Chengdu Bureau of Statistics said")
E("HOLDS_ROLE", "person:wei_jianqiang", "company:lenovo", D2, "Wei Jianqiang, vice-president of Lenovo",
  role="vice-president")
E("DEVELOPS", "region:southwest_china", "industry:smart_technology", D2,
  "Southwest China is a new standout on the map of China's smart technology industry")
E("PRIORITIZES", "org:central_government", "industry:sci_tech_innovation", D2,
  "As the central government calls for more efforts to cultivate indigenous breakthroughs in fundamental technologies",
  note="indigenous breakthroughs in fundamental technologies")

F("hefei_ai_companies_2021", "city:hefei", "companies", 840, "companies", 2021, "more than", "2021", D2,
  "In 2021, the city was home to more than 840 AI-related companies", "more than 840 AI-related companies",
  about=["industry:artificial_intelligence"], reported_by=["city:hefei"],
  reported_by_as_written="data from the local government", sector="AI-related")
F("hefei_ai_companies_growth_2021", "city:hefei", "companies growth", 23.2, "percent", 2021, None,
  "2021, year-on-year", D2, "up 23.2 percent year-on-year", "up 23.2 percent year-on-year",
  about=["industry:artificial_intelligence"], reported_by=["city:hefei"], sector="AI-related")
F("shenyang_robotics_companies_past_two_years", "city:shenyang", "new robotics companies registered", 860,
  "companies", 2022, "more than", "past two years (to May 2022)", D2,
  "more than 860 new companies have been registered in Shenyang", "more than 860 new companies",
  about=["industry:robotics"], reported_by=["org:qichacha"])
F("shenyang_robotics_companies_prior_four_years", "city:shenyang", "new robotics companies registered", 170,
  "companies", None, None, "the four years before the past two years", D2,
  "up from a combined 170 in the four years before that", "a combined 170", about=["industry:robotics"],
  reported_by=["org:qichacha"])
F("jiangxi_vr_companies", "region:jiangxi", "companies", 400, "companies", 2022, "more than",
  "as of 2022", D2, "The province has already attracted more than 400 companies", "more than 400 companies",
  about=["industry:virtual_reality"], sector="VR", measure="attracted")
F("chongqing_laptop_share", "region:chongqing", "global share", 33.3, "percent", 2022,
  None, "now (2022)", D2, "Now one out of every three laptop computers sold worldwide",
  "one out of every three laptop computers sold worldwide", about=["industry:laptop_computers"],
  value_fraction=1 / 3, note="'one out of every three' stored as 33.3 percent", sector="laptop computers",
  measure="sold worldwide")
F("chongqing_smartphone_share", "region:chongqing", "global share", 10.0, "percent", 2022,
  None, "now (2022)", D2, "one out of every 10 smartphones sold globally", "one out of every 10 smartphones",
  about=["industry:smartphones"], value_fraction=0.1,
  sector="smartphones", measure="sold globally")
F("chengdu_ipad_share", "city:chengdu", "global share", 70.0, "percent", 2022, None,
  "now (2022)", D2, "70 percent of the world's iPads", "70 percent of the world's iPads", about=["industry:ipads"],
  sector="iPads", measure="produced")
F("chengdu_laptop_share", "city:chengdu", "global share", 20.0, "percent", 2022,
  "nearly", "now (2022)", D2, "nearly 20 percent of global laptop computers",
  "nearly 20 percent of global laptop computers", about=["industry:laptop_computers"],
  sector="laptop computers", measure="produced")
F("chengdu_chongqing_electronic_information_share", ["city:chengdu", "region:chongqing"],
  "global share", 33.3, "percent", 2022, "about", "now (2022)", D2,
  "The size of the electronic information sector in Chengdu and Chongqing now accounts for about one-third",
  "about one-third", about=["industry:electronic_information"], reported_by=["org:chengdu_daily"],
  value_fraction=1 / 3, sector="electronic information industry", measure="size of the sector",
  note="combined size of Chengdu and Chongqing; 'about one-third' stored as 33.3 percent")
F("sichuan_iot_companies_2021", "region:sichuan", "companies", 1500, "companies", 2021, "more than", "2021",
  D2, "Sichuan had more than 1,500 IoT companies in 2021.", "more than 1,500 IoT companies",
  about=["industry:internet_of_things"], sector="IoT")
for cid, nm in [("city:chengdu", "chengdu"), ("region:chongqing", "chongqing"),
                ("region:beijing", "beijing"), ("region:shanghai", "shanghai")]:
    F(nm + "_population_over_20m", cid, "population", 20.0, "million people", 2022, "more than", "2022", D2,
      "Chengdu and Chongqing are now two of the only four cities", "populations of more than 20 million",
      reported_by=[])
F("china_cities_over_20m", "region:china", "cities with population over 20 million", 4, "cities", 2022, "only",
  "2022", D2, "Chengdu and Chongqing are now two of the only four cities", "only four cities")
F("chengdu_permanent_residents_2021", "city:chengdu", "population", 21.192, "million people", 2021, None,
  "end of 2021", D2, "the number of permanent residents in Chengdu was 21.192 million",
  "21.192 million", reported_by=["org:chengdu_bureau_of_statistics"], measure="permanent residents")
F("chengdu_permanent_residents_increase_2021", "city:chengdu", "population increase", 245000, "people", 2021, None,
  "end of 2020 to end of 2021", D2, "an increase of 245,000 from the end of 2020", "an increase of 245,000",
  reported_by=["org:chengdu_bureau_of_statistics"], measure="permanent residents")

S("experts_inland_incubators", [], D2,
  "the nation's inland regions, which used to be spectators",
  "are now also emerging as key incubators for innovation vital to growth over the next decade, experts said",
  about=["region:inland_regions", "industry:artificial_intelligence", "industry:robotics", "industry:metaverse",
         "industry:smart_manufacturing"], quoted=False,
  name="experts: China's inland regions emerging as key incubators for innovation",
  speaker_as_written="experts", note="attributed to unnamed experts (no SAID edge)")
S("cheng_nan_competition", "person:cheng_nan", D2, "\"A friendly competition of sorts",
  "A friendly competition of sorts is unfolding among major Chinese inland cities as they are scrambling to sharpen their edges, striving for growth opportunities in the era of innovation-driven development",
  about=["region:inland_regions"])
S("cheng_nan_niche", "person:cheng_nan", D2, "more cities in inland regions are looking to build up their advantages",
  "Hefei and Shenyang are tapping into the academic resources of local research institutes and leading local companies to nurture quantum communications and robotics companies",
  about=["city:hefei", "city:shenyang", "industry:quantum_communications", "industry:robotics",
         "region:inland_regions"], quoted=False)
S("dai_bin_western_china", "person:dai_bin", D2, "said western China has a relatively good industrial foundation",
  "western China has a relatively good industrial foundation and also boasts universities focusing on electronics research",
  about=["region:western_china"], quoted=False)
S("dai_bin_air_transport", "person:dai_bin", D2,
  "=\"Also, the electronic information industry features a global market that mainly relies on air transport. As a result, building factories in western China does not have a location disadvantage compared with that of the east,\" Dai said.",
  "the electronic information industry features a global market that mainly relies on air transport. As a result, building factories in western China does not have a location disadvantage compared with that of the east",
  about=["industry:electronic_information", "region:western_china"])
S("wei_jianqiang_southwest", "person:wei_jianqiang", D2, "Southwest China is a new standout",
  "Southwest China is a new standout on the map of China's smart technology industry",
  about=["region:southwest_china", "industry:smart_technology"])

# =============================================================================== doc:003 (Global Times, 2025-01-16)
E("PUBLISHED", "org:global_times", D3, D3, "10:27, January 16, 2025 By Chi Jingyi ( Global Times")
E("AUTHORED", "person:chi_jingyi", D3, D3, "10:27, January 16, 2025 By Chi Jingyi ( Global Times", role="author")
E("HOLDS_ROLE", "person:chi_jingyi", "org:global_times", D3, "10:27, January 16, 2025 By Chi Jingyi ( Global Times",
  role="author")
E("AUTHORED", "person:tian_yi", D3, D3, "(Web editor: Tian Yi, Zhong Wenxing)", role="web editor")
E("AUTHORED", "person:zhong_wenxing", D3, D3, "(Web editor: Tian Yi, Zhong Wenxing)", role="web editor")
E("PRIORITIZES", "region:china", "industry:new_quality_productive_forces", D3,
  "Chinese provinces and cities, especially economic powerhouses, have rolled out their economic work plans for 2025",
  year=2025, note="provinces and cities")
E("PRIORITIZES", "region:china", "industry:sci_tech_innovation", D3,
  "Chinese provinces and cities, especially economic powerhouses, have rolled out their economic work plans for 2025",
  year=2025, note="provinces and cities")
# Shanghai
E("ISSUED", "region:shanghai", "program:shanghai_government_work_report_2025", D3,
  "Shanghai, which delivered its Government Work Report on Wednesday", year=2025, date="2025-01-15")
for ind in ["cell_and_gene_therapy", "brain_computer_interfaces", "6g", "quantum_computing", "fusion_energy"]:
    E("PRIORITIZES", "region:shanghai", "industry:" + ind, D3,
      "said it will strengthen scientific and technological innovation capabilities in frontier fields",
      year=2025, category="frontier fields")
    E("TARGETS", "program:shanghai_government_work_report_2025", "industry:" + ind, D3,
      "said it will strengthen scientific and technological innovation capabilities in frontier fields")
E("PRIORITIZES", "region:shanghai", "industry:sci_tech_innovation", D3,
  "said it will strengthen scientific and technological innovation capabilities in frontier fields", year=2025)
E("LAUNCHED", "region:shanghai", "program:shanghai_incubators", D3,
  "The city will also develop incubators, focusing on nurturing technology enterprises.", year=2025, status="planned")
for ind in ["integrated_circuits", "biomedicine", "artificial_intelligence"]:
    E("DEVELOPS", "region:shanghai", "industry:" + ind, D3,
      "the scale of the municipality's three leading industries", year=2024, category="three leading industries")
F("shanghai_leading_industries_scale_2024", "region:shanghai", "scale of three leading industries", 1.8,
  "trillion yuan", 2024, "reached", "2024", D3, "the scale of the municipality's three leading industries",
  "1.8 trillion yuan ($245.6 billion) in 2024",
  about=["industry:integrated_circuits", "industry:biomedicine", "industry:artificial_intelligence"],
  reported_by=["program:shanghai_government_work_report_2025"], usd_value=245.6, usd_unit="billion US dollars",
  usd_as_written="$245.6 billion", sector="integrated circuits (ICs), biomedicine, and artificial intelligence (AI)")
F("shanghai_rd_share_2024", "region:shanghai", "R&D expenditure share of GDP", 4.4, "percent", 2024, None, "2024",
  D3, "Expenditure on research and development accounted for 4.4 percent of the city's GDP", "4.4 percent",
  reported_by=["program:shanghai_government_work_report_2025"])
F("shanghai_patents_per_10000_2024", "region:shanghai", "high-value invention patents per 10,000 people", 57.9,
  "patents per 10,000 people", 2024, "increased to", "2024", D3,
  "the number of high-value invention patents per 10,000 people increased to 57.9", "increased to 57.9",
  reported_by=["program:shanghai_government_work_report_2025"])
# Guangdong
E("ISSUED", "region:guangdong", "program:guangdong_government_work_plan_2025", D3,
  "on Wednesday released its 2025 Government Work Plan, focusing on 12 major tasks", year=2025, date="2025-01-15")
E("ISSUED", "region:guangdong", "program:guangdong_government_work_report_2025", D3,
  "according to Guangdong's Government Work Report", year=2025)
F("guangdong_work_plan_major_tasks_2025", ["region:guangdong", "program:guangdong_government_work_plan_2025"],
  "major tasks", 12, "tasks", 2025, None, "2025", D3, "released its 2025 Government Work Plan, focusing on 12 major tasks",
  "12 major tasks")
for ind, snip in [("manufacturing", "the consolidation and enhancement of Guangdong's leading position in manufacturing"),
                  ("modern_industrial_system", "the building of a modern industrial system"),
                  ("new_quality_productive_forces", "the development of new quality productive forces, in accordance with local conditions"),
                  ("productive_services", "It will also vigorously develop the productive services industry.")]:
    E("PRIORITIZES", "region:guangdong", "industry:" + ind, D3, snip, year=2025)
    E("TARGETS", "program:guangdong_government_work_plan_2025", "industry:" + ind, D3, snip)
for ind in ["traditional_industries"]:
    E("PRIORITIZES", "region:guangdong", "industry:" + ind, D3,
      "as well as the transformation and upgrading of traditional industries", year=2025)
for ind in ["integrated_circuits", "new_energy_vehicles", "artificial_intelligence", "low_altitude_economy",
            "new_materials", "biopharmaceuticals"]:
    E("PRIORITIZES", "region:guangdong", "industry:" + ind, D3, "Efforts will be put into emerging industries such as ICs",
      year=2025, category="emerging industries")
    E("TARGETS", "program:guangdong_government_work_plan_2025", "industry:" + ind, D3,
      "Efforts will be put into emerging industries such as ICs")
for ind in ["bio_manufacturing", "quantum_technology", "embodied_intelligence", "6g"]:
    E("PRIORITIZES", "region:guangdong", "industry:" + ind, D3, "Guangdong will cultivate future industries such as",
      year=2025, category="future industries")
    E("TARGETS", "program:guangdong_government_work_plan_2025", "industry:" + ind, D3,
      "Guangdong will cultivate future industries such as")
E("LAUNCHED", "region:guangdong", "program:guangdong_icv_pilot_cities", D3,
  "The province also vowed to advance the construction of pilot cities for intelligent connected vehicles",
  year=2025, status="planned")
E("TARGETS", "program:guangdong_icv_pilot_cities", "industry:intelligent_connected_vehicles", D3,
  "The province also vowed to advance the construction of pilot cities for intelligent connected vehicles")
for ind in ["intelligent_connected_vehicles", "low_altitude_smart_logistics", "urban_air_transportation",
            "emergency_air_rescue"]:
    E("PRIORITIZES", "region:guangdong", "industry:" + ind, D3,
      "The province also vowed to advance the construction of pilot cities for intelligent connected vehicles",
      year=2025)
    E("TARGETS", "program:guangdong_government_work_plan_2025", "industry:" + ind, D3,
      "The province also vowed to advance the construction of pilot cities for intelligent connected vehicles")
E("DEVELOPS", "region:guangdong", "industry:manufacturing", D3,
  "Guangdong's leading position in manufacturing is evident from signs of progress in 2024.", year=2024)
F("guangdong_advanced_manufacturing_share_2024", "region:guangdong", "added value share of industrial output", 56.7,
  "percent", 2024, None, "2024", D3, "The added value of advanced manufacturing and high-tech manufacturing accounted for",
  "56.7 percent", about=["industry:advanced_manufacturing"], sector="advanced manufacturing",
  base="industrial output of enterprises above a designated size")
F("guangdong_high_tech_manufacturing_share_2024", "region:guangdong", "added value share of industrial output", 31.6,
  "percent", 2024, None, "2024", D3, "The added value of advanced manufacturing and high-tech manufacturing accounted for",
  "31.6 percent", about=["industry:high_tech_manufacturing"], sector="high-tech manufacturing",
  base="industrial output of enterprises above a designated size")
E("DEVELOPS", "region:guangdong", "industry:advanced_manufacturing", D3,
  "The added value of advanced manufacturing and high-tech manufacturing accounted for", year=2024)
E("DEVELOPS", "region:guangdong", "industry:high_tech_manufacturing", D3,
  "The added value of advanced manufacturing and high-tech manufacturing accounted for", year=2024)
for ind, v, aw in [("new_energy_vehicles", 43.0, "The production of NEVs grew by 43 percent"),
                   ("industrial_robots", 31.2, "that of industrial robots by 31.2 percent"),
                   ("integrated_circuits", 21.0, "that of ICs by 21 percent")]:
    F("guangdong_%s_production_growth_2024" % ind, "region:guangdong", "production growth", v, "percent", 2024, None,
      "2024", D3, "The production of NEVs grew by 43 percent", aw, about=["industry:" + ind],
      reported_by=["program:guangdong_government_work_report_2025"], sector=g.nodes["industry:" + ind]["properties"]["name"])
    E("DEVELOPS", "region:guangdong", "industry:" + ind, D3, "The production of NEVs grew by 43 percent", year=2024)
# Beijing
E("ISSUED", "region:beijing", "program:beijing_work_plan_2025", D3, "Beijing on Tuesday rolled out its 2025 work plan",
  year=2025, date="2025-01-14")
E("PRIORITIZES", "region:beijing", "industry:high_tech_industries", D3,
  "clearly proposing to focus on developing and expanding high-tech industries", year=2025)
E("TARGETS", "program:beijing_work_plan_2025", "industry:high_tech_industries", D3,
  "clearly proposing to focus on developing and expanding high-tech industries")
E("TARGETS", "program:beijing_work_plan_2025", "industry:new_quality_productive_forces", D3,
  "which will be the engines for developing new quality productive forces")
for ind in ["digital_economy", "5g"]:
    E("PRIORITIZES", "region:beijing", "industry:" + ind, D3,
      "Beijing will accelerate the construction of a global benchmark city for the digital economy", year=2025)
    E("TARGETS", "program:beijing_work_plan_2025", "industry:" + ind, D3,
      "Beijing will accelerate the construction of a global benchmark city for the digital economy")
for pr in ["beijing_digital_economy_benchmark_city", "beijing_data_elements_pilot_zone"]:
    E("LAUNCHED", "region:beijing", "program:" + pr, D3,
      "Beijing will accelerate the construction of a global benchmark city for the digital economy", year=2025,
      status="planned")
    E("PART_OF", "program:" + pr, "program:beijing_work_plan_2025", D3,
      "Beijing will accelerate the construction of a global benchmark city for the digital economy")
E("LOCATED_IN", "program:beijing_data_elements_pilot_zone", "region:beijing", D3,
  "establish a comprehensive pilot zone for the market-oriented allocation reform of data elements")
E("TARGETS", "program:beijing_digital_economy_benchmark_city", "industry:digital_economy", D3,
  "Beijing will accelerate the construction of a global benchmark city for the digital economy")
# national
E("PRIORITIZES", "region:china", "industry:high_tech_industries", D3,
  "China is strengthening policy support in promoting the development of high-tech industries")
for ind in ["sci_tech_innovation", "new_quality_productive_forces", "modern_industrial_system"]:
    E("TARGETS", "program:central_economic_work_conference_2024", "industry:" + ind, D3,
      "In December, the Central Economic Work Conference set priorities for the nation's economic work in 2025",
      year=2025)
E("TARGETS", "program:central_economic_work_conference_2024", "region:china", D3,
  "In December, the Central Economic Work Conference set priorities for the nation's economic work in 2025", year=2025)
E("REPORTS", "org:xinhua", "program:central_economic_work_conference_2024", D3,
  "according to the Xinhua News Agency")
E("HOLDS_ROLE", "person:qi_xiangdong", "org:acfic", D3, "Qi Xiangdong, a vice chairman of the All-China Federation",
  role="vice chairman")
E("HOLDS_ROLE", "person:qi_xiangdong", "company:qi_an_xin", D3, "also chairman of Qi An Xin Technology Group",
  role="chairman")
E("HOLDS_ROLE", "person:jack_perry_jr", "company:48_group_club", D3, "Jack Perry Jr, chairman of 48 Group Club",
  role="chairman")
E("LOCATED_IN", "company:48_group_club", "city:london", D3, "a London-based private company")
E("TARGETS", "company:48_group_club", "region:uk", D3, "dedicated to promoting China-UK trade",
  note="dedicated to promoting China-UK trade")
E("TARGETS", "company:48_group_club", "region:china", D3, "dedicated to promoting China-UK trade",
  note="dedicated to promoting China-UK trade")
S("pan_helin_high_tech", "person:pan_helin", D3, "which is the core factor for developing new quality productivity forces",
  "China is strengthening policy support in promoting the development of high-tech industries and increasing investment in sci-tech innovation to generate new industries, new models and new drivers of growth, which is the core factor for developing new quality productivity forces",
  about=["industry:high_tech_industries", "industry:sci_tech_innovation", "industry:new_quality_productive_forces",
         "region:china"], quoted=False, told="Global Times")
S("qi_xiangdong_enterprises", "person:qi_xiangdong", D3, "Enterprises are inspired by the national-level deployment",
  "Enterprises are inspired by the national-level deployment of the development of new quality productive forces with scientific and technological innovation, which aims to build a modern industrial system",
  about=["industry:new_quality_productive_forces", "industry:sci_tech_innovation", "industry:modern_industrial_system"],
  quoted=False, told="Global Times")
S("jack_perry_priorities_2025", "person:jack_perry_jr", D3, "China's emphasis on high-quality development aligns",
  "the priorities set for 2025 underscore China's determination to foster sustainable, innovation-driven growth",
  about=["region:china", "program:central_economic_work_conference_2024"], told="Global Times", date="2024-12",
  paraphrase="China's emphasis on high-quality development aligns with its vision of achieving sustainable, inclusive growth while positioning itself as a global leader in advanced technologies and industries")

# =============================================================================== doc:004 (newsletter, April 2024)
# --- Manufacturing Cities to Pilot Tech Upgrade (CHEN Chunyou)
E("AUTHORED", "person:chen_chunyou", D4, D4, "=By CHEN Chunyou China will launch a pilot program",
  role="author", section="Manufacturing Cities to Pilot Tech Upgrade")
E("LAUNCHED", "region:china", "program:manufacturing_tech_transformation_pilot", D4,
  "China will launch a pilot program for technological transformation in manufacturing cities", year=2024)
for org in ["ministry_of_finance", "miit"]:
    E("ISSUED", "org:" + org, "program:manufacturing_tech_transformation_pilot", D4,
      "according to a notice issued by the Ministry of Finance and the Ministry of Industry and Information Technology in early April",
      instrument="notice", date="2024-04", year=2024)
for ind in ["manufacturing", "traditional_industries", "digital_technology", "new_quality_productive_forces"]:
    E("TARGETS", "program:manufacturing_tech_transformation_pilot", "industry:" + ind, D4,
      {"manufacturing": "elevate the manufacturing industry to a high-end, intelligent and environmentally friendly development",
       "traditional_industries": "This will drive the transformation and modernization of traditional industries",
       "digital_technology": "harness digital technologies to empower their growth",
       "new_quality_productive_forces": "accelerate the cultivation of new quality productive forces"}[ind])
for ind in ["digital_intelligence_technology", "green_technology"]:
    E("TARGETS", "program:manufacturing_tech_transformation_pilot", "industry:" + ind, D4,
      "The application and promotion of digital intelligence technology, green technology and innovative products")
E("PART_OF", "program:flagship_demonstration_projects", "program:manufacturing_tech_transformation_pilot", D4,
  "including establishing a series of flagship demonstration projects")
E("TARGETS", "program:manufacturing_tech_transformation_pilot", "company:central_soes", D4,
  "Local governments are encouraged to jointly apply with central state-owned enterprises.",
  note="may apply jointly with local governments")
E("TARGETS", "program:manufacturing_tech_transformation_pilot", "org:china_local_governments", D4,
  "Local governments are encouraged to jointly apply with central state-owned enterprises.", note="applicants")
E("RUNS", "org:central_government", "program:manufacturing_tech_transformation_pilot", D4,
  "The central government will reward each selected city", note="funds the grants")
E("LOCATED_IN", "city:qingdao", "region:shandong", D4, "at a fiber material production company in Qingdao")
PILOT = ["program:manufacturing_tech_transformation_pilot"]
F("pilot_leading_sectors_per_city", PILOT, "leading sectors per pilot city", 3, "sectors", 2024, "about",
  "pilot period", D4, "Pilot cities should select about three leading sectors in manufacturing",
  "about three leading sectors", about=["industry:manufacturing"])
F("pilot_enterprises_digital_transformation_share", PILOT,
  "share of enterprises above designated size undergoing digital transformation", 80.0, "percent", 2024, "more than",
  "during the pilot program", D4, "it is expected that over 80 percent of enterprises above designated size",
  "over 80 percent", about=["industry:digital_technology"], kind="target")
F("pilot_leading_enterprises_per_industry", PILOT, "leading enterprises per industry", 1, "enterprises", 2024,
  "at least", "pilot period", D4, "Each industry should have at least one leading enterprise or industry champion",
  "at least one leading enterprise", kind="threshold")
F("pilot_major_projects_per_city", PILOT, "major projects per city", 1, "projects", 2024, "at least",
  "pilot period", D4, "each city should have at least one major project", "at least one major project",
  kind="threshold")
F("pilot_major_project_investment_threshold", PILOT, "major project investment threshold", 500.0, "million yuan",
  2024, "more than", "pilot period", D4, "each city should have at least one major project with an investment exceeding 500 million RMB",
  "exceeding 500 million RMB", kind="threshold", currency_as_written="RMB")
F("pilot_grant_per_city", PILOT, "central grant per selected city", 300.0, "million yuan", 2024, "no more than",
  "pilot period", D4, "awarding a grant of no more than 300 million RMB in total", "no more than 300 million RMB",
  kind="grant", currency_as_written="RMB")

# --- Beijing Sci-tech Innovation Hub Completes a Decade (Staff Reporters)
E("TARGETS", "program:beijing_sci_tech_innovation_hub", "region:beijing", D4,
  "In 2014, it was planned that Beijing would become an international science and technology innovation hub",
  year=2014)
E("PRIORITIZES", "region:beijing", "industry:sci_tech_innovation", D4,
  "In 2014, it was planned that Beijing would become an international science and technology innovation hub",
  year=2014)
E("PART_OF", "org:icsti", "program:beijing_sci_tech_innovation_hub", D4,
  "=To help achieve that goal, the International Center for Science and Technology Innovation was established")
E("LOCATED_IN", "org:icsti", "region:beijing", D4,
  "=To help achieve that goal, the International Center for Science and Technology Innovation was established")
for ind in ["artificial_intelligence", "aerospace", "biomedicine"]:
    E("DEVELOPS", "region:beijing", "industry:" + ind, D4,
      "Establishing new industries and clusters, such as AI, aerospace, and biomedicine")
F("beijing_papers_top_years", "region:beijing", "consecutive years ranked first in papers in prestigious journals", 8,
  "years", 2023, None, "eight consecutive years", D4,
  "For eight consecutive years, Beijing topped the charts", "For eight consecutive years",
  year_basis="end year not stated; taken as 2023, the latest year the section reports")
F("beijing_nature_index_top_years", "region:beijing", "consecutive years as world's top city for scientific publications",
  8, "years", 2023, None, "eight years in a row (Nature Index Science Cities 2023)", D4,
  "According to the Nature Index Science Cities 2023 rankings", "for eight years in a row",
  reported_by=["program:nature_index_science_cities_2023"], rank=1)
F("nature_index_journals", "program:nature_index_science_cities_2023", "nature sciences research journals covered", 80,
  "journals", 2023, "more than", "2023", D4, "According to the Nature Index Science Cities 2023 rankings",
  "in over 80 nature sciences research journals")
E("REPORTS", "org:nature_index", "program:nature_index_science_cities_2023", D4,
  "According to the Nature Index Science Cities 2023 rankings")
F("beijing_patents_per_10000_2014", "region:beijing", "invention patents per 10,000 people", 48.2,
  "patents per 10,000 people", 2014, None, "2014", D4, "This surge, from 48.2 patents per 10,000 people in 2014",
  "48.2 patents per 10,000 people in 2014")
F("beijing_patents_per_10000_2023", "region:beijing", "invention patents per 10,000 people", 262.9,
  "patents per 10,000 people", 2023, None, "2023", D4, "This surge, from 48.2 patents per 10,000 people in 2014",
  "262.9 patents in 2023", conflict=True,
  conflict_note="the same article says the number per capita was 'quadrupling over the decade' "
                "(fact:beijing_patents_growth_multiple); 48.2 -> 262.9 is about 5.5 times")
F("beijing_patents_growth_multiple", "region:beijing", "invention patents per capita growth multiple", 4.0, "times",
  2023, "quadrupling", "2014-2023 (over the decade)", D4, "with the number per capita quadrupling over the decade",
  "quadrupling over the decade", conflict=True, base_year=2014,
  conflict_note="the next sentence of the same article gives 48.2 (2014) and 262.9 (2023) patents per 10,000 "
                "people, a rise of about 5.5 times, not a quadrupling")
E("CONFLICTS_WITH", "fact:beijing_patents_growth_multiple", "fact:beijing_patents_per_10000_2023", D4,
  "with the number per capita quadrupling over the decade",
  other_source=D4, other_evidence=g.ev(D4, "This surge, from 48.2 patents per 10,000 people in 2014"),
  conflict_note="'quadrupling' vs 48.2 -> 262.9 (x5.45) in the same article")
F("beijing_highly_cited_scientists", "region:beijing", "highly cited scientists", 411, "scientists", 2023, None,
  "2023", D4, "The Science Citation Index also recognized Beijing as a global leader", "411 highly cited scientists",
  reported_by=["org:science_citation_index"], year_basis="year not stated; article reports figures up to 2023")
F("boston_highly_cited_scientists", "city:boston", "highly cited scientists", 371, "scientists", 2023, None,
  "2023", D4, "The Science Citation Index also recognized Beijing as a global leader", "Boston's count of 371",
  reported_by=["org:science_citation_index"], year_basis="year not stated; article reports figures up to 2023")
F("beijing_tech_contract_turnover_2014", "region:beijing", "annual technology contract turnover", 313.6,
  "billion yuan", 2014, None, "2014", D4, "The jump in the annual technology contract turnover",
  "313.6 billion RMB in 2014", currency_as_written="RMB")
F("beijing_tech_contract_turnover_2023", "region:beijing", "annual technology contract turnover", 853.69,
  "billion yuan", 2023, None, "2023", D4, "The jump in the annual technology contract turnover",
  "853.69 billion RMB in 2023", currency_as_written="RMB")
F("beijing_high_tech_enterprises_2014", "region:beijing", "national high-tech enterprises", 10400, "enterprises",
  2014, None, "2014", D4, "The rise in the number of national high-tech enterprises", "10,400 in 2014")
F("beijing_high_tech_enterprises_2023", "region:beijing", "national high-tech enterprises", 28300, "enterprises",
  2023, None, "2023", D4, "The rise in the number of national high-tech enterprises", "28,300 in 2023")
F("beijing_unicorns_2023", "region:beijing", "unicorn companies", 114, "companies", 2023, None, "2023", D4,
  "The rise in the number of national high-tech enterprises", "114 unicorn companies",
  year_basis="year not stated; the sentence pairs it with the 2023 high-tech enterprise count")
F("beijing_hub_decade", ["program:beijing_sci_tech_innovation_hub"], "years since planned", 10, "years", 2024,
  None, "2014-2024 (a decade)", D4, "=Beijing Sci-tech Innovation Hub Completes a Decade", "Completes a Decade",
  year_basis="2024 = 2014 (planned) + a decade; matches the inferred April 2024 date of doc:004")

# --- Wider Opening Up of Value-added Telecom Services (LI Linxu)
E("AUTHORED", "person:li_linxu", D4, D4, "=By LI Linxu", role="author",
  section="Wider Opening Up of Value-added Telecom Services")
E("LAUNCHED", "region:china", "program:telecom_opening_pilot", D4,
  "China will expand the opening up of value- added telecommunication services in pilot areas", year=2024)
E("ISSUED", "org:miit", "program:telecom_opening_pilot", D4,
  "according to a circular recently released by the Ministry of Industry and Information Technology (MIIT)",
  instrument="circular", year=2024)
E("TARGETS", "program:telecom_opening_pilot", "industry:value_added_telecom", D4,
  "Foreign ownership limit in some value-added telecommunication services will be lifted in the pilot areas")
for ind in ["internet_data_centers", "content_delivery_networks", "internet_service_providers"]:
    E("TARGETS", "program:telecom_opening_pilot", "industry:" + ind, D4,
      "=These services include internet da- ta centers, content delivery networks, and internet service providers.")
    E("PART_OF", "industry:" + ind, "industry:value_added_telecom", D4,
      "=These services include internet da- ta centers, content delivery networks, and internet service providers.")
for ind in ["online_data_processing", "information_publishing_platforms", "information_protection"]:
    E("TARGETS", "program:telecom_opening_pilot", "industry:" + ind, D4,
      "Online data processing and transaction processing, information publishing platforms")
    E("PART_OF", "industry:" + ind, "industry:value_added_telecom", D4,
      "Online data processing and transaction processing, information publishing platforms")
E("PART_OF", "industry:value_added_telecom", "industry:telecommunications", D4,
  "China will expand the opening up of value- added telecommunication services in pilot areas")
for z in ["beijing_service_sector_opening_zone", "lingang_new_area", "pudong_pioneer_area",
          "hainan_free_trade_port", "shenzhen_pilot_demonstration_area"]:
    E("PART_OF", "program:" + z, "program:telecom_opening_pilot", D4,
      "The pilot areas consist of Beijing's national comprehensive demonstration zone", role="pilot area")
    E("TARGETS", "program:telecom_opening_pilot", "program:" + z, D4,
      "The pilot areas consist of Beijing's national comprehensive demonstration zone", role="pilot area")
F("telecom_pilot_areas", "program:telecom_opening_pilot", "pilot areas", 5, "areas", 2024, None, "2024", D4,
  "The pilot areas consist of Beijing's national comprehensive demonstration zone",
  "The pilot areas consist of", note="count of the areas listed in the sentence (not stated as a number)",
  derived=True)
ZSNIP = "The pilot areas consist of Beijing's national comprehensive demonstration zone"
E("LOCATED_IN", "program:beijing_service_sector_opening_zone", "region:beijing", D4, ZSNIP)
E("PART_OF", "program:lingang_new_area", "program:shanghai_pilot_ftz", D4, ZSNIP)
E("LOCATED_IN", "program:shanghai_pilot_ftz", "region:shanghai", D4, ZSNIP)
E("LOCATED_IN", "program:lingang_new_area", "region:shanghai", D4, ZSNIP)
E("LOCATED_IN", "program:pudong_pioneer_area", "region:pudong_new_area", D4, ZSNIP)
E("PART_OF", "region:pudong_new_area", "region:shanghai", D4, ZSNIP)
E("LOCATED_IN", "program:hainan_free_trade_port", "region:hainan", D4, ZSNIP)
E("LOCATED_IN", "program:shenzhen_pilot_demonstration_area", "city:shenzhen", D4, ZSNIP)
for pr in ["government_work_report_2024", "central_economic_work_conference_2023"]:
    E("FOLLOWS_UP", "program:telecom_opening_pilot", "program:" + pr, D4,
      "The move is a follow- up to this year's government work report")
    for ind in ["telecommunications", "healthcare"]:
        E("TARGETS", "program:" + pr, "industry:" + ind, D4,
          "The move is a follow- up to this year's government work report",
          note="vowed to ease market access in services sector such as telecommunications and healthcare")
S("miit_official_telecom", "org:miit", D4, "It is China's latest effort to promote high-standard opening up",
  "It is China's latest effort to promote high-standard opening up, advance the high-quality development of the country's telecommunication industry, and strengthen international cooperation in the sector",
  about=["industry:telecommunications", "program:telecom_opening_pilot"], quoted=False,
  speaker_as_written="an official from MIIT")

# --- China to Update Industrial Equipment (CHEN Chunyou)
E("AUTHORED", "person:chen_chunyou", D4, D4, "=By CHEN Chunyou China will increase industrial equipment investment",
  role="author", section="China to Update Industrial Equipment")
EQ = "program:industrial_equipment_renewal_plan"
EQSNIP = "This is the goal of an industrial equipment renewal action plan co-released in early April"
for org in ["miit", "ndrc", "ministry_of_finance"]:
    E("ISSUED", "org:" + org, EQ, D4, EQSNIP, date="2024-04", year=2024, note="one of seven co-releasing departments")
F("equipment_investment_increase_2027", ["region:china", EQ], "industrial equipment investment increase", 25.0,
  "percent", 2027, "more than", "2023-2027 (by 2027 compared to 2023)", D4,
  "China will increase industrial equipment investment by more than 25 percent by 2027 compared to 2023.",
  "by more than 25 percent by 2027 compared to 2023", about=["industry:industrial_equipment"], kind="target",
  base_year=2023)
F("digital_rd_tools_utilization_2027", ["region:china", EQ],
  "utilization rate of digital R&D and design tools in major enterprises", 90.0, "percent", 2027, "more than",
  "by 2027", D4, "The utilization rate of digital R&D and design tools will exceed 90 percent", "exceed 90 percent",
  about=["industry:digital_technology"], kind="target", year_basis="target year 2027 taken from the preceding sentence")
F("numerically_controlled_processes_2027", ["region:china", EQ],
  "share of key production processes numerically controlled", 75.0, "percent", 2027, "more than", "by 2027", D4,
  "more than 75 percent of the key production processes will be numerically controlled", "more than 75 percent",
  about=["industry:digital_technology"], kind="target", year_basis="target year 2027 taken from the preceding sentence")
F("equipment_plan_departments", EQ, "co-releasing government departments", 7, "departments", 2024, None,
  "early April 2024", D4, EQSNIP, "seven government departments")
F("equipment_plan_measures", EQ, "measures", 4, "measures", 2024, None, "2024", D4,
  "Four measures will be implemented", "Four measures")
E("TARGETS", EQ, "industry:industrial_equipment", D4, EQSNIP)
E("TARGETS", EQ, "industry:advanced_manufacturing", D4,
  "According to the MIIT, industrial equipment renewal will drive investment and enhance advanced manufacturing capacity")
E("TARGETS", EQ, "industry:digital_technology", D4, "Digital transformation will cover all industrial enterprises",
  note="digital transformation")
for ind in ["agricultural_machinery", "construction_machinery"]:
    E("TARGETS", EQ, "industry:" + ind, D4, "The action plan calls for eliminating outdated production equipment",
      action="eliminate outdated equipment")
for ind in ["aviation", "photovoltaics", "power_batteries", "biological_fermentation"]:
    E("TARGETS", EQ, "industry:" + ind, D4, "Enterprises in aviation, photovoltaics, power batteries",
      action="encouraged to purchase advanced, high-tech and efficient equipment")
for ind in ["artificial_intelligence", "5g", "edge_computing"]:
    E("TARGETS", EQ, "industry:" + ind, D4, "it stresses widespread application of technologies, such as AI, 5G",
      action="application in the manufacturing process")
E("PART_OF", "program:special_reloans", EQ, D4, "Special reloans by financial institutions will be set up")
E("TARGETS", "program:special_reloans", "industry:sci_tech_innovation", D4,
  "Special reloans by financial institutions will be set up")
S("miit_equipment_renewal", "org:miit", D4, "According to the MIIT, industrial equipment renewal will drive investment",
  "industrial equipment renewal will drive investment and enhance advanced manufacturing capacity",
  about=[EQ, "industry:advanced_manufacturing", "industry:industrial_equipment"], quoted=False)

# --- Zhongguancun Forum (photo caption)
ZGC = "program:zhongguancun_forum_2024"
ZSN = "=The 2024 Zhongguancun Forum is scheduled to take place in Beijing from April 25 to 29. It will focus on cutting-edge fields such as AI, life sciences and new materials. The photo shows the permanent venue of the forum in Haidian district."
E("LOCATED_IN", ZGC, "region:beijing", D4, "The 2024 Zhongguancun Forum is scheduled to take place in Beijing")
E("LOCATED_IN", ZGC, "region:haidian", D4, "The photo shows the permanent venue of the forum in Haidian district.",
  note="permanent venue")
E("LOCATED_IN", "region:haidian", "region:beijing", D4, ZSN)
for ind in ["artificial_intelligence", "life_sciences", "new_materials"]:
    E("TARGETS", ZGC, "industry:" + ind, D4, "It will focus on cutting-edge fields such as AI, life sciences")
F("zhongguancun_forum_duration", ZGC, "event duration", 5, "days", 2024, None, "April 25 to 29, 2024", D4,
  "The 2024 Zhongguancun Forum is scheduled to take place in Beijing", "from April 25 to 29",
  note="April 25 to 29 inclusive; the number of days is not stated", derived=True)

# --- Digital Tech Unleashes New Quality Productive Forces
F("china_digital_unicorn_share_2022", "region:china", "global share of digital economy unicorns", 38.0, "percent",
  2022, None, "as of 2022", D4, "capturing 38.0 percent and 47.1 percent of the total global share",
  "38.0 percent", about=["industry:digital_economy"])
F("china_digital_unicorn_valuation_share_2022", "region:china", "global share of digital economy unicorn valuation",
  47.1, "percent", 2022, None, "as of 2022", D4, "capturing 38.0 percent and 47.1 percent of the total global share",
  "47.1 percent", about=["industry:digital_economy"])
E("HOLDS_ROLE", "person:cai_yuezhou", "org:iqte_cass", D4, "According to Cai Yuezhou, a research fellow",
  role="research fellow")
E("PART_OF", "org:iqte_cass", "org:cass", D4,
  "Institute of Quantitative and Technological Economics at the Chinese Academy of Social Sciences")
S("cai_yuezhou_nqpf", "person:cai_yuezhou", D4, "strategic emerging industries in the digital realm",
  "strategic emerging industries in the digital realm, such as new energy, new materials, and advanced manufacturing, fall in the domain of new quality",
  about=["industry:new_energy", "industry:new_materials", "industry:advanced_manufacturing",
         "industry:new_quality_productive_forces", "industry:strategic_emerging_sectors"], quoted=False,
  note="sentence truncated in the source after 'new quality'")
for p_ in ["gai_kaicheng", "han_wenlong"]:
    E("HOLDS_ROLE", "person:" + p_, "org:southwestern_university", D4,
      "Professors Gai Kaicheng and Han Wenlong from the Southwestern University", role="Professor")
S("gai_han_digital_economy", ["person:gai_kaicheng", "person:han_wenlong"], D4,
  "Professors Gai Kaicheng and Han Wenlong from the Southwestern University underscored",
  "the digital economy plays a pivotal role in supporting the development of new technologies, industries, and business models",
  about=["industry:digital_economy"], quoted=False)
S("gai_han_new_industries", ["person:gai_kaicheng", "person:han_wenlong"], D4,
  "Thirdly, through data-driven innovation and digital integration",
  "through data-driven innovation and digital integration, it forms the backbone of new industries and breakthrough technologies, accelerating progress in sectors such as new energy and biotechnology",
  about=["industry:digital_economy", "industry:new_energy", "industry:biotechnology"], quoted=False)
E("ISSUED", "org:wef", "program:future_of_jobs_report_2023", D4,
  "The Future of Jobs Report 2023 published by the World Economic Forum", year=2023)
F("wef_new_jobs_next_five_years", "program:future_of_jobs_report_2023", "new jobs created by global businesses", 69.0,
  "million jobs", 2028, "about", "next five years (from 2023)", D4,
  "The Future of Jobs Report 2023 published by the World Economic Forum", "approximately 69 million new jobs",
  about=["industry:artificial_intelligence", "industry:digital_technology"], kind="forecast",
  year_basis="five-year horizon from the 2023 report; year set to 2028 as the end of that horizon")
E("TARGETS", "program:future_of_jobs_report_2023", "industry:artificial_intelligence", D4,
  "The fastestgrowing types of jobs are predominantly driven by artificial intelligence and digitalization.")
E("ISSUED", "org:caps", "program:caps_report", D4, "according to a report released by the Chinese Academy of Personnel Sciences")
F("short_video_new_occupations", ["program:caps_report", "region:china"], "new occupations", 174, "occupations", None,
  None, "not stated", D4, "according to a report released by the Chinese Academy of Personnel Sciences",
  "174 new occupations", about=["industry:short_video_live_broadcasting"], reported_by=["org:caps"],
  examples=["Internet marketer", "store scouting person", "Internet recruiter"])
F("short_video_new_career_forms", ["program:caps_report", "region:china"], "new career forms", 30, "career forms",
  None, "more than", "not stated", D4, "Moreover, it has introduced over 30 new career forms", "over 30 new career forms",
  about=["industry:short_video_live_broadcasting"], reported_by=["org:caps"],
  examples=["anchor", "assistant broadcaster"], note="the list of examples is cut off in the source after 'product'")
DCR = "program:digital_china_development_report_2022"
F("china_digital_economy_2022", "region:china", "digital economy size", 50.2, "trillion yuan", 2022, None, "2022", D4,
  "According to the 2022 Digital China Development Report", "50.2 trillion RMB in 2022",
  about=["industry:digital_economy"], reported_by=[DCR], currency_as_written="RMB")
F("china_digital_economy_gdp_share_2022", "region:china", "digital economy share of GDP", 41.5, "percent", 2022, None,
  "2022", D4, "According to the 2022 Digital China Development Report", "41.5 percent of the GDP",
  about=["industry:digital_economy"], reported_by=[DCR])
F("china_digital_economy_2025_forecast", "region:china", "digital economy size", 70.8, "trillion yuan", 2025,
  "expected", "2025 (forecast)", D4, "the digital economy is expected to reach 70.8 trillion RMB in 2025",
  "expected to reach 70.8 trillion RMB in 2025", about=["industry:digital_economy"], kind="forecast",
  currency_as_written="RMB")
F("china_digital_economy_gdp_share_future", "region:china", "digital economy share of GDP", 50.0, "percent", None,
  "more than", "in the near future (forecast)", D4, "its contribution to China's GDP will exceed 50 percent",
  "exceed 50 percent in the near future", about=["industry:digital_economy"], kind="forecast")
E("TARGETS", DCR, "industry:digital_economy", D4, "According to the 2022 Digital China Development Report")

# --- UNESCO Inspires Collaboration on Karst Research
E("HOLDS_ROLE", "person:shahbaz_khan", "org:unesco", D4, "Prof. Dr. Shahbaz Khan, UNESCO representative to China",
  role="representative to China, DPRK, Japan, Mongolia, and ROK")
for c_ in ["china", "dprk", "japan", "mongolia", "rok"]:
    E("AFFILIATED_WITH", "person:shahbaz_khan", "region:" + c_, D4, "Prof. Dr. Shahbaz Khan, UNESCO representative to China",
      role="UNESCO representative")
S("shahbaz_khan_karst", "person:shahbaz_khan", D4,
  "=\"This event, and the collaborations it fosters, like the China-Slovenia Joint Laboratory on Karst Geology and the Technical Committee on Karst under the International Organization for Standardization, are critical platforms for advancing our understanding and actions in these vital areas,\"",
  "This event, and the collaborations it fosters, like the China-Slovenia Joint Laboratory on Karst Geology and the Technical Committee on Karst under the International Organization for Standardization, are critical platforms for advancing our understanding and actions in these vital areas",
  about=["program:karst_event", "org:china_slovenia_joint_lab", "org:iso_karst_committee", "industry:karst_science"])
S("shahbaz_khan_carbon", "person:shahbaz_khan", D4, "emphasized the role of karst landforms in carbon sequestration",
  "emphasized the role of karst landforms in carbon sequestration and maintaining ecological balance",
  about=["industry:karst_science"], quoted=False)
E("PART_OF", "org:iso_karst_committee", "org:iso", D4,
  "the Technical Committee on Karst under the International Organization for Standardization")
E("LAUNCHED", "org:most", "org:china_slovenia_joint_lab", D4,
  "=The joint laboratory, initiated and supported by the Ministry of Science and Technology (MOST) in 2020, with joint effort from China and Slovenia",
  year=2020, role="initiated and supported")
for c_ in ["china", "slovenia"]:
    E("AFFILIATED_WITH", "org:china_slovenia_joint_lab", "region:" + c_, D4,
      "=The joint laboratory, initiated and supported by the Ministry of Science and Technology (MOST) in 2020, with joint effort from China and Slovenia",
      note="joint effort from China and Slovenia")
E("TARGETS", "org:china_slovenia_joint_lab", "industry:karst_science", D4,
  "=The joint laboratory, initiated and supported by the Ministry of Science and Technology (MOST) in 2020, with joint effort from China and Slovenia, aims to promote global monitoring and research in karst regions through coop-",
  note="global monitoring and research in karst regions")
E("ORGANIZED", "org:cstec", "program:karst_event", D4, "The event, hosted by the CSTEC", role="host")
E("ORGANIZED", "org:ikrc_unesco", "program:karst_event", D4,
  "It was jointly organized by the International Karst Research Center of UNESCO", role="co-organizer")
E("ORGANIZED", "org:institute_of_karst_geology", "program:karst_event", D4,
  "It was jointly organized by the International Karst Research Center of UNESCO", role="co-organizer")
E("AFFILIATED_WITH", "org:ikrc_unesco", "org:unesco", D4,
  "It was jointly organized by the International Karst Research Center of UNESCO")
E("PART_OF", "org:institute_of_karst_geology", "org:cags", D4,
  "the Institute of Karst Geology, Chinese Academy of Geological Sciences")
E("TARGETS", "program:karst_event", "industry:karst_science", D4, "The event, hosted by the CSTEC, aims to create a platform",
  note="karst carbon cycling field")
E("LAUNCHED", "org:most", "program:talented_young_scientist_program", D4,
  "the Talented Young Scientist Program initiated by MOST in 2013", year=2013, role="initiated")
E("PART_OF", "program:talented_young_scientist_program", "program:karst_event", D4,
  "The organizers of this event also introduced the Talented Young Scientist Program",
  note="introduced at the event by its organizers")
E("TARGETS", "program:talented_young_scientist_program", "industry:karst_science", D4,
  "welcoming foreign youth to conduct research in China and promote the long-term development of karst science and technology")


# =============================================================================== second review pass
# doc:001: emerging technologies
E("PRIORITIZES", "org:china_local_governments", "industry:emerging_technologies", D1,
  "local governments are now bent on further developing emerging technologies")
# doc:000: tax and credit support for specialized SMEs
E("TARGETS", "org:china_local_governments", "industry:specialized_innovative_smes", D0,
  "Some local governments have promised supportive tax and credit policies to these companies.",
  action="supportive tax and credit policies", note="some local governments")
# high-quality development (doc:003, doc:004)
E("PRIORITIZES", "region:china", "industry:high_quality_development", D3,
  "in focus to boost high-quality growth", year=2025, note="provinces and cities")
for st, d_, sn in [("statement:pan_helin_high_tech", D3, "noting that high-quality development will be promoted in this way"),
                   ("statement:jack_perry_priorities_2025", D3, "China's emphasis on high-quality development aligns"),
                   ("statement:miit_official_telecom", D4, "It is China's latest effort to promote high-standard opening up")]:
    E("ABOUT", st, "industry:high_quality_development", d_, sn)
# doc:004: telecom services excluded from the opening-up
for ind in ["internet_news_information", "online_publishing", "internet_radio_television", "internet_culture_management"]:
    E("EXCLUDES", "program:telecom_opening_pilot", "industry:" + ind, D4,
      "Online data processing and transaction processing, information publishing platforms",
      note="excluded from the listed value-added telecommunication services")
# doc:004: balanced development across regions in the manufacturing pilot program
BAL = ("=The varying levels of development across the eastern, central, west- ern, and northeastern regions "
       "will be taken into account to ensure a balanced")
for r_ in ["east_china", "central_regions", "western_china", "northeastern_china"]:
    E("TARGETS", "program:manufacturing_tech_transformation_pilot", "region:" + r_, D4, BAL,
      role="balanced development", note="levels of development taken into account")
E("PART_OF", "region:central_regions", "region:china", D4, BAL)
# claims of the articles themselves / unnamed speakers
S("doc000_digital_economy_upgrading", "doc:000", D0,
  "The development of the digital economy is also conducive to upgrading traditional industries.",
  "The development of the digital economy is also conducive to upgrading traditional industries",
  about=["industry:digital_economy", "industry:traditional_industries"], quoted=False,
  name="doc:000: digital economy conducive to upgrading traditional industries",
  variant_of="statement:doc001_digital_economy_transformative")
S("doc001_digital_economy_transformative", "doc:001", D1,
  "the development of a digital economy has also been seen as a transformative force",
  "the development of a digital economy has also been seen as a transformative force, upgrading existing traditional industries",
  about=["industry:digital_economy", "industry:traditional_industries"], quoted=False,
  name="doc:001: digital economy a transformative force upgrading traditional industries")
S("executives_experts_east_to_west", [], D2,
  "=Statistics show that, contrary to some perceptions that many manufacturing plants have been relocated out of China due to rising labor costs, the reality is that many industries are just moving from eastern to western China. The latter now has advantages in both industrial infrastructure and production costs, company executives and experts said.",
  "many industries are just moving from eastern to western China. The latter now has advantages in both industrial infrastructure and production costs",
  about=["region:western_china", "region:east_china", "industry:manufacturing"], quoted=False,
  name="company executives and experts: industries moving from eastern to western China",
  speaker_as_written="company executives and experts", note="attributed to unnamed speakers (no SAID edge)")
S("doc002_population_trend", "doc:002", D2,
  "But as Shanghai and Beijing show a clear trend of slowing down in population growth",
  "as Shanghai and Beijing show a clear trend of slowing down in population growth, Chengdu still remains a strong attraction for talent",
  about=["city:chengdu", "region:shanghai", "region:beijing"], quoted=False,
  name="doc:002: Chengdu still attracts talent while Shanghai and Beijing slow down")
E("DEVELOPS", "region:sichuan", "industry:manufacturing", D2,
  "Based on strong manufacturing advantages, companies in Sichuan are also exploring new technologies",
  note="strong manufacturing advantages")
for r_ in ["yangtze_river_delta", "pearl_river_delta"]:
    E("DEVELOPS", "region:" + r_, "industry:it_manufacturing", D2,
      "coastal areas such as the Yangtze River Delta region and the Pearl River Delta region often seen as shining stars",
      note="'shining stars in global innovation and tech manufacturing road mapping'")
# doc:004: the rest of Gai Kaicheng and Han Wenlong's three points, and what the notice says
S("gai_han_application_scenarios", ["person:gai_kaicheng", "person:han_wenlong"], D4,
  "Firstly, it provides extensive application scenarios and data resources",
  "it provides extensive application scenarios and data resources, driving the advancement of modern information technology",
  about=["industry:digital_economy"], quoted=False, note="first of the three points; 'they said' closes the third")
S("gai_han_emerging_industries", ["person:gai_kaicheng", "person:han_wenlong"], D4,
  "Secondly, it fosters emerging industries",
  "it fosters emerging industries, forging new avenues for high-quality productivity and optimizing industri-",
  about=["industry:digital_economy"], quoted=False, note="second of the three points; sentence cut off in the source")
S("pilot_notice_key_industries", [], D4, "The notice said within the identified key industries",
  "within the identified key industries for technological transformation, the cities should select leading enterprises, industry leaders and enterprises with crucial roles in the industrial chain",
  about=["program:manufacturing_tech_transformation_pilot"], quoted=False,
  name="the notice: pilot cities should select leading enterprises in the key industries",
  speaker_as_written="The notice", note="the Ministry of Finance and MIIT notice on the manufacturing-city pilot (no SAID edge)")


# =============================================================================== issue 18: the graph as an analyst needs it
# --- 1. industry taxonomy: (narrower)-[:NARROWER_THAN]->(broader), one direction only.
# Where an article states the inclusion the link carries its source and evidence (basis 'article');
# otherwise it is the curator's classification (basis 'curation' + a one-line reason, no source).
# Only industries the articles name are linked; no new industry is introduced.
for ind in ["internet_data_centers", "content_delivery_networks", "internet_service_providers",
            "online_data_processing", "information_publishing_platforms", "information_protection"]:
    g.retype("PART_OF", "industry:" + ind, "industry:value_added_telecom", "NARROWER_THAN", basis="article")
g.retype("PART_OF", "industry:value_added_telecom", "industry:telecommunications", "NARROWER_THAN", basis="article")
for ind in ["new_energy", "new_materials", "advanced_manufacturing"]:
    E("NARROWER_THAN", "industry:" + ind, "industry:strategic_emerging_sectors", D4,
      "strategic emerging industries in the digital realm, such as new energy, new materials, and advanced manufacturing",
      basis="article")
TAXONOMY = [
    ("new_generation_ai", "artificial_intelligence", "new-generation AI is artificial intelligence of the current generation"),
    ("brain_like_intelligence", "artificial_intelligence", "brain-like intelligence is a branch of artificial intelligence"),
    ("embodied_intelligence", "artificial_intelligence", "embodied intelligence is artificial intelligence in physical agents such as robots"),
    ("quantum_information", "quantum_technology", "quantum information is a field of quantum technology"),
    ("quantum_computing", "quantum_information", "quantum computing processes quantum information"),
    ("quantum_communications", "quantum_information", "quantum communications transmit quantum information"),
    ("virtual_reality", "extended_reality", "extended reality is the umbrella term for virtual, augmented and mixed reality"),
    ("industrial_robots", "robotics", "industrial robots are one product field of robotics"),
    ("high_tech_manufacturing", "manufacturing", "high-tech manufacturing is a segment of the manufacturing industry"),
    ("advanced_manufacturing", "manufacturing", "advanced manufacturing is a segment of the manufacturing industry"),
    ("smart_manufacturing", "manufacturing", "smart manufacturing is manufacturing with intelligent production systems"),
    ("it_manufacturing", "manufacturing", "information technology manufacturing is a segment of the manufacturing industry"),
    ("bio_manufacturing", "manufacturing", "bio-manufacturing is manufacturing with biological processes"),
    ("bio_manufacturing", "biotechnology", "bio-manufacturing applies biotechnology to production"),
    ("biological_fermentation", "biotechnology", "biological fermentation is a biotechnology process industry"),
    ("high_tech_manufacturing", "high_tech_industries", "high-tech manufacturing is the manufacturing part of the high-tech industries"),
    ("consumer_electronics", "electronic_information", "consumer electronics are part of the electronic information industry"),
    ("integrated_circuits", "electronic_information", "integrated circuits are part of the electronic information industry"),
    ("laptop_computers", "consumer_electronics", "laptop computers are consumer electronics products"),
    ("smartphones", "consumer_electronics", "smartphones are consumer electronics products"),
    ("ipads", "consumer_electronics", "iPads (tablet computers) are consumer electronics products"),
    ("biopharmaceuticals", "biomedicine", "biopharmaceuticals are a segment of biomedicine"),
    ("cell_and_gene_therapy", "biomedicine", "cell and gene therapy is a field of biomedicine"),
    ("low_altitude_smart_logistics", "low_altitude_economy", "low-altitude smart logistics is a low-altitude economy service"),
    ("urban_air_transportation", "low_altitude_economy", "urban air transportation is a low-altitude economy service"),
    ("emergency_air_rescue", "low_altitude_economy", "emergency air rescue is a low-altitude economy service"),
    ("aviation", "aerospace", "aviation is the atmospheric part of aerospace"),
    ("photovoltaics", "new_energy", "photovoltaics (solar power) is a new energy industry"),
    ("5g", "telecommunications", "5G is a generation of mobile telecommunication networks"),
    ("6g", "telecommunications", "6G is the next generation of mobile telecommunication networks"),
    ("digital_intelligence_technology", "digital_technology", "digital intelligence technology is a kind of digital technology"),
    ("big_data", "digital_technology", "big data is a digital technology"),
    ("cloud_computing", "digital_technology", "cloud computing is a digital technology"),
    ("edge_computing", "digital_technology", "edge computing is a digital technology"),
    ("agricultural_machinery", "industrial_equipment", "doc:004 lists agricultural machinery as production equipment the renewal plan covers"),
    ("construction_machinery", "industrial_equipment", "doc:004 lists construction machinery as production equipment the renewal plan covers"),
]
for narrow, broad, why in TAXONOMY:
    g.curated("NARROWER_THAN", "industry:" + narrow, "industry:" + broad, why)
for ind in ["internet_news_information", "online_publishing", "internet_radio_television", "internet_culture_management"]:
    g.curated("NARROWER_THAN", "industry:" + ind, "industry:information_publishing_platforms",
              "doc:004 excludes these services from information publishing platforms and information delivery "
              "services, so they belong to that category")

# --- 2. metrics: the comparable-figure names are set in the F(...) calls above and listed in SCHEMA.md.
# Both ends of a CONFLICTS_WITH link are flagged (fact:beijing_patents_per_10000_2023 above).
# --- 3. years. Each inferred year says what fixes it.
Y0_PLAN = "doc:000 (Feb. 17, 2022) reports these plans 'as part of their economic planning for 2022'"
Y0_NOW = "present tense in doc:000, dated Feb. 17, 2022, on the 2022 plans of local governments"
Y0_RESULT = "2021 results reported at the 2022 two sessions (doc:000, Feb. 17, 2022; doc:001 says 'in 2021')"
Y1_NOW = "present tense in doc:001, which retells doc:000 (2022)"
Y2_NOW = "present tense ('now') in doc:002, dated May 27, 2022"
Y2_THIS = "'this year' in doc:002, dated May 27, 2022"
Y3_PLAN = "doc:003 (Jan. 16, 2025) reports the 2025 plans ('economic work plans for 2025')"
Y3_NOW = "present tense in doc:003, dated Jan. 16, 2025"
Y3_RESULT = "2024 results reported with the 2025 plans (doc:003: 'signs of progress in 2024', 'in 2024')"
Y4_NOTICE = "issued 'in early April' / 'recently' in doc:004, dated April 2024 (inferred)"
for frm, to in [("city:hefei", "industry:metaverse"), ("city:wuhan", "industry:new_generation_ai"),
                ("city:wuhan", "industry:metaverse"), ("city:wuhan", "industry:big_data"),
                ("city:wuhan", "industry:cloud_computing"), ("city:wuhan", "industry:blockchain"),
                ("region:guangdong", "industry:basic_scientific_research")]:
    g.annotate("PRIORITIZES", frm, to, year=2022, year_basis=Y0_PLAN)
for frm, to in [("city:wuhan", "program:wuhan_ai_pilot_zone"),
                ("region:guangdong", "program:guangdong_basic_research_project")]:
    g.annotate("LAUNCHED", frm, to, year=2022, year_basis=Y0_PLAN)
g.annotate("LAUNCHED", "region:china", "program:two_sessions_2022", year=2022,
           year_basis="'Over the past weeks' in doc:000, dated Feb. 17, 2022")
for to in ["quantum_information", "specialized_innovative_smes", "basic_scientific_research"]:
    g.annotate("PRIORITIZES", "org:china_local_governments", "industry:" + to, year=2022, year_basis=Y0_NOW)
for to in ["digital_technology", "emerging_technologies"]:
    g.annotate("PRIORITIZES", "org:china_local_governments", "industry:" + to, year=2022, year_basis=Y1_NOW)
for to in ["artificial_intelligence", "robotics", "metaverse", "smart_manufacturing"]:
    g.annotate("PRIORITIZES", "region:china", "industry:" + to, year=2022, year_basis=Y2_NOW)
g.annotate("PRIORITIZES", "org:central_government", "industry:sci_tech_innovation", year=2022, year_basis=Y2_NOW)
g.annotate("PRIORITIZES", "region:china", "industry:high_tech_industries", year=2025, year_basis=Y3_NOW)
g.annotate("ISSUED", "org:caps", "program:caps_report",
           year_basis="not stated: doc:004 gives no date for the report")
# years already set whose evidence sentence does not write them out
for e in g.edges:
    p = e["properties"]
    if e["type"] not in g.DATED_EDGES or "year" not in p or p.get("year_basis"):
        continue
    if any(str(p["year"]) in ev for ev in p["evidences"]):
        continue
    p["year_basis"] = {"doc:000": Y0_PLAN, "doc:002": Y2_THIS, "doc:003": Y3_PLAN, "doc:004": Y4_NOTICE}[p["source"]]
g.edge_index[("ISSUED", "region:shanghai", "program:shanghai_government_work_report_2025", None)]["properties"][
    "year_basis"] = "delivered 'on Wednesday' before the Jan. 16, 2025 article (doc:003)"
FACT_YEAR_BASIS = {
    Y0_RESULT: ["dongguan_gdp_2021", "guangdong_trillion_club_cities_2021", "guangdong_gdp_2021"],
    "the preceding sentence: 'In 2021, the GDP of north China's Shanxi Province surpassed two trillion yuan.'":
        ["shanxi_strategic_emerging_added_value_growth_2021", "shanxi_high_tech_manufacturing_added_value_growth_2021"],
    Y0_PLAN: ["beijing_application_scenarios_target_2022", "zhejiang_digital_core_added_value_growth_target_2022",
              "chongqing_smart_factories_target_2022", "chongqing_digital_workshops_target_2022",
              "hefei_metaverse_plan_period"],
    "'in the past two years' counted back from doc:002, dated May 27, 2022":
        ["shenyang_robotics_companies_past_two_years"],
    Y2_NOW: ["jiangxi_vr_companies", "chongqing_laptop_share", "chongqing_smartphone_share", "chengdu_ipad_share",
             "chengdu_laptop_share", "chengdu_chongqing_electronic_information_share",
             "chengdu_population_over_20m", "chongqing_population_over_20m", "beijing_population_over_20m",
             "shanghai_population_over_20m", "china_cities_over_20m"],
    "the same passage of Shanghai's Government Work Report gives its 2024 figures ('in 2024')":
        ["shanghai_rd_share_2024", "shanghai_patents_per_10000_2024"],
    Y3_RESULT: ["guangdong_advanced_manufacturing_share_2024", "guangdong_high_tech_manufacturing_share_2024",
                "guangdong_new_energy_vehicles_production_growth_2024",
                "guangdong_industrial_robots_production_growth_2024",
                "guangdong_integrated_circuits_production_growth_2024"],
    "conditions of the pilot program notice issued in early April 2024 (doc:004, date inferred)":
        ["pilot_leading_sectors_per_city", "pilot_enterprises_digital_transformation_share",
         "pilot_leading_enterprises_per_industry", "pilot_major_projects_per_city",
         "pilot_major_project_investment_threshold", "pilot_grant_per_city"],
    "'over the decade' ending with the next sentence's '262.9 patents in 2023'": ["beijing_patents_growth_multiple"],
    "pilot areas of the circular 'recently released' in doc:004 (April 2024, inferred)": ["telecom_pilot_areas"],
    "the action plan was co-released in early April 2024 (doc:004, date inferred)":
        ["equipment_plan_departments", "equipment_plan_measures"],
}
for basis, fids in FACT_YEAR_BASIS.items():
    for f_ in fids:
        g.annotate_node("fact:" + f_, year_basis=basis)
for f_ in ["guangdong_basic_research_project_duration", "guangdong_basic_research_fund_share"]:
    g.annotate_node("fact:" + f_, year_basis="the 10-year project is part of Guangdong's plans reported in doc:000 "
                                             "(Feb. 17, 2022); its start year is not stated")
for f_, why in [("masterwork_license_time", "not stated: the company's founding date is not given"),
                ("shenyang_robotics_companies_prior_four_years",
                 "not stated: 'the four years before' the past two years (counted back from May 2022)"),
                ("short_video_new_occupations", "not stated: the report of the Chinese Academy of Personnel Sciences is undated"),
                ("short_video_new_career_forms", "not stated: the report of the Chinese Academy of Personnel Sciences is undated"),
                ("china_digital_economy_gdp_share_future", "not stated: 'in the near future'")]:
    g.annotate_node("fact:" + f_, year_basis=why)
PROGRAM_YEARS = {
    "beijing_digital_economy_benchmark_city": (2025, "part of Beijing's 2025 work plan (doc:003)"),
    "beijing_data_elements_pilot_zone": (2025, "part of Beijing's 2025 work plan (doc:003)"),
    "guangdong_icv_pilot_cities": (2025, "vowed in Guangdong's 2025 Government Work Plan (doc:003)"),
    "shanghai_incubators": (2025, "announced with Shanghai's 2025 plan (doc:003)"),
    "flagship_demonstration_projects": (2024, "part of the pilot program announced in April 2024 (doc:004)"),
    "special_reloans": (2024, "part of the action plan co-released in early April 2024 (doc:004)"),
}
for pid, (y, why) in PROGRAM_YEARS.items():
    g.annotate_node("program:" + pid, year=y, year_basis=why)
for pid in ["caps_report", "karst_event"]:
    g.annotate_node("program:" + pid, year_basis="not stated in doc:004")

# --- 4. typed actors. role_kind from the title as written (vocabulary in SCHEMA.md).
ROLE_KIND = {
    "official": ["wang_zhonglin", "chen_hongyu", "shahbaz_khan"],
    "legislator": ["tong_zhilei"],
    "executive": ["li_li", "wei_jianqiang", "qi_xiangdong", "jack_perry_jr"],
    "researcher": ["liu_xiangdong", "cheng_nan"],
    "academic": ["dai_bin", "cai_yuezhou", "gai_kaicheng", "han_wenlong"],
    "economist": ["pan_helin"],
    "journalist": ["chi_jingyi", "chen_chunyou", "li_linxu"],
    "editor": ["tian_yi", "zhong_wenxing"],
}
for kind, people in ROLE_KIND.items():
    for p_ in people:
        g.annotate_node("person:" + p_, role_kind=kind)
# programme level: who runs or issues it, as the articles say.
LEVEL = {
    "national": ["wuhan_ai_pilot_zone", "specialized_innovative_sme_list", "central_economic_work_conference_2024",
                 "central_economic_work_conference_2023", "government_work_report_2024",
                 "manufacturing_tech_transformation_pilot", "flagship_demonstration_projects", "telecom_opening_pilot",
                 "beijing_service_sector_opening_zone", "industrial_equipment_renewal_plan", "special_reloans",
                 "talented_young_scientist_program"],
    "provincial": ["two_sessions_2022", "guangdong_basic_research_project", "guangdong_government_work_plan_2025",
                   "guangdong_government_work_report_2025", "guangdong_icv_pilot_cities"],
    "municipal": ["beijing_application_scenarios", "nanchang_metaverse_pilot_zone",
                  "shanghai_government_work_report_2025", "beijing_work_plan_2025",
                  "beijing_digital_economy_benchmark_city", "beijing_data_elements_pilot_zone", "shanghai_incubators"],
    "international": ["future_of_jobs_report_2023"],
}
LEVEL_NOTE = {
    "wuhan_ai_pilot_zone": "'a national pilot zone' that Wuhan aims to build",
    "beijing_service_sector_opening_zone": "'national comprehensive demonstration zone'",
    "specialized_innovative_sme_list": "'national-level' SMEs",
    "two_sessions_2022": "held by 'China's provincial-level regions'",
}
for lvl, pids in LEVEL.items():
    for pid in pids:
        g.annotate_node("program:" + pid, level=lvl, level_note=LEVEL_NOTE.get(pid))
for pid in ["beijing_application_scenarios", "shanghai_government_work_report_2025", "beijing_work_plan_2025",
            "beijing_digital_economy_benchmark_city", "beijing_data_elements_pilot_zone", "shanghai_incubators"]:
    g.nodes["program:" + pid]["properties"]["level_note"] = "Beijing and Shanghai are municipalities ('Beijing municipal government', 'the municipality')"
for p in g.nodes.values():
    if p["properties"].get("level_note", 0) is None:
        del p["properties"]["level_note"]

# QUOTED_BY: a statement -> the outlet that published (or was told) it, one edge per article whose
# publisher is known (doc:004 names none). The article's own claims are not quotations.
OUTLET = {D0: "org:xinhua", D1: "org:opengov_asia", D2: "org:china_daily", D3: "org:global_times"}
for nid in list(g.order):
    n = g.nodes[nid]
    if "Statement" not in n["labels"]:
        continue
    speakers = [e["from"] for e in g.edges if e["type"] == "SAID" and e["to"] == nid]
    if any(s.startswith("doc:") for s in speakers):
        continue
    p = n["properties"]
    for did, ev in zip(p["sources"], p["evidences"]):
        if did not in OUTLET:
            continue
        told = p.get("told") is not None and did == D3
        g.edge("QUOTED_BY", nid, OUTLET[did], did, "=" + ev, how="told" if told else "published",
               note="publisher inferred (doc:001)" if did == D1 else None)

# --- 6. aliases as written in the articles
g.annotate_node("org:china_local_governments", aliases=["China’s local governments", "local decision-makers"])
g.annotate_node("program:shanghai_government_work_report_2025", aliases=["2025 plan"])
g.annotate_node("region:inland_regions", aliases=["China's inland"])
