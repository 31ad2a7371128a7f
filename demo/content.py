"""The association's public facts, restated in both languages for the demo site.

Each text is a ``T(ja, en)`` pair: the Japanese builds the source page and the English becomes
its wagtail-localize translation (for the interview, given in English, the other way round).
"""

import datetime
from typing import NamedTuple


class T(NamedTuple):
    ja: str
    en: str


ORGANISATION = {
    "name": T("柏市国際交流協会（KIRA）", "Kashiwa International Relations Association (KIRA)"),
    "postal_code": "277-0005",
    "address": T("千葉県柏市柏1-7-1-301", "1-7-1-301 Kashiwa, Kashiwa City, Chiba"),
    "building": T("DayOneタワー3階 パレット柏", "Palette Kashiwa, DayOne Tower 3F"),
    "telephone": "04-7157-0281",
    "fax": "04-7165-7321",
    "email": "kcc@kira-kira.jp",
    "office_hours": T("8:30〜17:15", "8:30–17:15"),
    "closed_days": T(
        "日曜日・祝日・年末年始",
        "Sundays, national holidays, and the year-end and New Year holidays",
    ),
}

# Who left the notes editors find on fields the demo had to guess (a comment in the page editor).
NOTE_AUTHOR = {"username": "demo-notes", "name": "デモ内容の作成者"}

HOME = {
    "title": T("柏市国際交流協会", "Kashiwa International Relations Association"),
    "lead": T(
        "柏市は、トーランス（アメリカ）、グアム、承徳（中国）、キャムデンの4つの"
        "姉妹・友好都市と、青少年の相互派遣や市民どうしの交流を数十年にわたって続けています。",
        "For decades Kashiwa has exchanged young delegates and citizens' visits with its four "
        "sister and friendship cities: Torrance (USA), Guam, Chengde (China) and Camden.",
    ),
    "image_alt": T(
        "柏市と4つの姉妹・友好都市を結ぶ線を描いたイラスト",
        "An illustration linking Kashiwa with its four partner cities",
    ),
}

STANDARD_PAGES = [
    {
        "slug": "about",
        "title": T("協会について", "About the association"),
        "introduction": T(
            "柏市国際交流協会（KIRA）は、柏市の姉妹・友好都市との交流事業に取り組んでいます。",
            "The Kashiwa International Relations Association (KIRA) works on Kashiwa's "
            "exchanges with its sister and friendship cities.",
        ),
        "paragraphs": [
            T(
                "協会は、青少年派遣団の募集と事前研修、ホストファミリーの募集、周年記念の訪問団の"
                "受け入れなどを行っています。",
                "We recruit and prepare youth delegations, find host families for visiting "
                "students and welcome anniversary delegations.",
            ),
            T(
                "事務局はパレット柏（柏市国際交流センター）にあります。",
                "Our office is at Palette Kashiwa, the Kashiwa International Relations Center.",
            ),
        ],
        "show_in_menus": True,
    },
]

# The old pages give the address and the building, not the station, the walk or parking:
# those fields stay empty, with a note for staff, rather than guessed.
ACCESS_PAGE = {
    "slug": "access",
    "title": T("アクセス", "Access"),
    "introduction": T(
        "事務局はDayOneタワー3階、パレット柏の中にあります。",
        "Our office is inside Palette Kashiwa, on the third floor of DayOne Tower.",
    ),
    "paragraphs": [
        T(
            "2025年の承徳派遣の説明会も、トーランス派遣生の帰国報告会も、パレット柏で開かれました。",
            "The 2025 Chengde briefing and the Torrance delegates' return report were both "
            "held at Palette Kashiwa.",
        ),
    ],
    "note": "協会の元のページには最寄り駅・徒歩の時間・駐車場・地図の記載がないため、"
    "空欄にしてあります。確かめてから記入し、地図の画像を選んでください。",
}

# The policies state what the site itself does (tested in the suite); what the association
# decides beyond that is for its staff, so each page carries a note asking them to confirm it.
POLICY_PAGES = [
    {
        "slug": "privacy",
        "kind": "privacy",
        "title": T("個人情報の取り扱い", "Privacy policy"),
        "introduction": T(
            "協会がこのサイトでお預かりする個人情報と、その扱い方をお知らせします。",
            "What personal data the association keeps through this site, and how it is handled.",
        ),
        "paragraphs": [
            T(
                "お預かりした個人情報は、個人情報の保護に関する法律に従い、下に書いた目的のため"
                "だけに使い、ご本人の同意なく第三者に渡すことはありません。",
                "Personal data is used only for the purposes listed below, under Japan's Act on "
                "the Protection of Personal Information, and is not given to anyone else without "
                "your consent.",
            ),
            T(
                "ご自分の情報を見たい、直したい、消してほしいときは、下のお問い合わせ先へご連絡"
                "ください。",
                "To see, correct or delete your data, contact the office below.",
            ),
        ],
        "note": "デモ用の文案です。協会の個人情報保護の規程に合わせて確認してください。"
        "下の「このサイトが預かる個人情報」は、サイトの設定から自動で表示されます。",
    },
    {
        "slug": "accessibility",
        "kind": "accessibility",
        "title": T("ウェブアクセシビリティ方針", "Accessibility policy"),
        "introduction": T(
            "年齢や障害の有無、使う機器にかかわらず、誰もがこのサイトを使えるように取り組んで"
            "います。",
            "We want everyone to be able to use this site, whatever their age, disability or "
            "device.",
        ),
        "paragraphs": [
            T(
                "スマートフォンでも、文字を200%に拡大しても、横にスクロールせずに読めるように"
                "作り、キーボードだけでも操作できるようにしています。",
                "Pages can be read on a phone and at 200 % text size without scrolling sideways, "
                "and everything can be used with a keyboard alone.",
            ),
            T(
                "使いにくいところや読めないところがあれば、下のお問い合わせ先へお知らせください。",
                "If something is hard to use or read, please tell the office below.",
            ),
        ],
        "note": "デモ用の文案です。目標とする適合レベル（JIS X 8341-3:2016）と試験の結果は、"
        "協会で決めてから書き足してください。",
    },
]

CITY_INDEX = {
    "title": T("姉妹都市・友好都市", "Sister and friendship cities"),
    "introduction": T(
        "柏市の4つの姉妹・友好都市と、それぞれとの交流の歩みを紹介します。",
        "Kashiwa's four sister and friendship cities, and how each relationship grew.",
    ),
}

NEWS_INDEX = {
    "title": T("お知らせ", "News"),
    "introduction": T(
        "交流事業のお知らせ、募集、イベント、活動報告。",
        "Announcements, calls for applications, events and reports from our exchanges.",
    ),
}

CITIES = [
    {
        "slug": "torrance",
        "title": T("トーランス", "Torrance"),
        "country": T("アメリカ合衆国", "USA"),
        "region": T("カリフォルニア州", "California"),
        "relationship": "sister",
        "agreement_date": datetime.date(1973, 2, 20),
        "agreement_date_precision": "day",
        "agreement_place": T("トーランス市", "Torrance"),
        "partner_organisation": T(
            "トーランス姉妹都市協会（TSCA）", "Torrance Sister City Association (TSCA)"
        ),
        "summary": T(
            "1973年に姉妹都市となったカリフォルニア州の都市。青少年派遣団の相互訪問を続けています。",
            "A Californian city and Kashiwa's sister city since 1973; youth delegations visit "
            "each other across the Pacific.",
        ),
        "image_alt": T("トーランスを表す青いイラスト", "A blue illustration standing for Torrance"),
        "colour": (40, 98, 168),
        "history": [
            (
                datetime.date(1970, 6, 1),
                "month",
                T("ライオンズクラブの提言", "The Lions Club's proposal"),
                T(
                    "米国の都市と姉妹クラブ関係を検討していた柏ライオンズクラブが、米国の類似都市と"
                    "姉妹関係を結ぶことを柏市と市議会に勧めました。",
                    "While looking for an American sister club, the Kashiwa Lions Club advised "
                    "the city and its council to seek a similar city in the USA as a sister city.",
                ),
            ),
            (
                datetime.date(1971, 11, 1),
                "month",
                T("ハワイでの両市長の意見交換", "The mayors meet in Hawaii"),
                T(
                    "ハワイで開かれた太平洋アジア都市会議の場で、両市長が提携について話し合いました。",
                    "At the Pacific Asian Cities Conference in Hawaii the two mayors discussed "
                    "an affiliation.",
                ),
            ),
            (
                datetime.date(1972, 1, 1),
                "month",
                T("トーランス市からの申し入れ", "Torrance makes its proposal"),
                T(
                    "トーランス市が柏市に姉妹都市提携を申し入れました。",
                    "Torrance proposed a sister city affiliation to Kashiwa.",
                ),
            ),
            (
                datetime.date(1973, 1, 1),
                "month",
                T("市議会の賛同", "The city council agrees"),
                T(
                    "柏市議会の議員全員協議会で、提携への賛同が得られました。",
                    "A meeting of all Kashiwa city councillors approved the affiliation.",
                ),
            ),
            (
                datetime.date(1973, 2, 20),
                "day",
                T("姉妹都市協定の調印", "The sister city agreement is signed"),
                T(
                    "両市長がトーランス市で協定に署名しました。",
                    "The two mayors signed the agreement in Torrance.",
                ),
            ),
            (
                datetime.date(2023, 2, 16),
                "month",
                T("50周年記念の市民訪問団", "Citizens' tour for the 50th anniversary"),
                T(
                    "市長、市議会議長を含む44名がトーランスを訪れ、両市長が50周年の記念調印を行いました。",
                    "Forty-four Kashiwa residents, including the mayor and the council chair, "
                    "visited Torrance, where the two mayors signed a 50th-anniversary document.",
                ),
            ),
            (
                datetime.date(2023, 10, 5),
                "month",
                T("トーランス使節団の来柏", "Torrance delegation visits Kashiwa"),
                T(
                    "チェン市長夫妻、全市議会議員、姉妹都市関係者の計43名が柏を訪れ、記念植樹やホームビジットで交流しました。",
                    "A delegation of 43 in all, Mayor Chen and his wife, every member of the city "
                    "council and people of the sister-city associations among them, came to "
                    "Kashiwa for tree "
                    "planting, home visits and a welcome in the city hall plaza.",
                ),
            ),
        ],
    },
    {
        "slug": "chengde",
        "title": T("承徳", "Chengde"),
        "country": T("中国", "China"),
        "region": T("河北省", "Hebei Province"),
        "relationship": "friendship",
        "agreement_date": datetime.date(1983, 11, 1),
        "agreement_date_precision": "day",
        "agreement_place": T("柏市", "Kashiwa"),
        "partner_organisation": T("", ""),
        "summary": T(
            "1983年に友好都市となった中国河北省の歴史ある都市。青少年の相互派遣を続けています。",
            "A historic city in Hebei Province, China, and Kashiwa's friendship city since "
            "1983, with a long record of youth exchanges.",
        ),
        "image_alt": T("承徳を表す赤いイラスト", "A red illustration standing for Chengde"),
        "colour": (176, 52, 44),
        "history": [
            (
                datetime.date(1980, 1, 1),
                "month",
                T("日中友好柏市民訪中団", "Kashiwa citizens' delegation to China"),
                T(
                    "柏市長を団長とする訪中団に、中日友好協会の孫平化秘書長が承徳市を紹介しました。",
                    "Sun Ping-hua, Secretary General of the China-Japan Friendship Association, "
                    "introduced Chengde to a citizens' delegation led by Kashiwa's mayor.",
                ),
            ),
            (
                datetime.date(1983, 11, 1),
                "day",
                T("友好都市協定の調印", "The friendship city agreement is signed"),
                T(
                    "その後の意見交換を経て、柏市で協定が結ばれました。",
                    "After a series of exchanges of views, the agreement was signed in Kashiwa.",
                ),
            ),
        ],
    },
    {
        "slug": "guam",
        "title": T("グアム", "Guam"),
        "country": T("", ""),
        "country_note": (
            "国は空欄です。元のページには国が書かれていません。事務局の記録で確かめて入れてください。"
        ),
        "region": T("", ""),
        "relationship": "friendship",
        "agreement_date": datetime.date(1991, 11, 30),
        "agreement_date_precision": "day",
        "agreement_place": T("グアム", "Guam"),
        "partner_organisation": T("グアム政府", "Government of Guam"),
        "summary": T(
            "柏まつりから始まった交流が実を結び、1991年に友好都市となりました。",
            "A friendship that began at the Kashiwa Festival and became a friendship city "
            "agreement in 1991.",
        ),
        "image_alt": T("グアムを表す緑のイラスト", "A green illustration standing for Guam"),
        "colour": (32, 128, 96),
        "history": [
            (
                datetime.date(1985, 1, 1),
                "year",
                T("柏まつりでの交流の始まり", "Exchanges begin at the Kashiwa Festival"),
                T(
                    "ミス柏の副賞のグアム旅行をきっかけに、ミス・グアムとグアム政府観光局の代表が"
                    "柏まつりに参加するようになりました。",
                    "A trip to Guam given as a prize to Miss Kashiwa led Miss Guam and the Guam "
                    "Visitors Bureau to start attending the Kashiwa Festival.",
                ),
            ),
            (
                datetime.date(1990, 2, 1),
                "month",
                T("ライオンズクラブの姉妹提携", "Lions clubs become sister clubs"),
                T(
                    "柏グリーンライオンズクラブとグアムのマリアナスライオンズクラブが姉妹クラブになりました。",
                    "The Kashiwa Green Lions Club and the Marianas Lions Club of Guam became "
                    "sister clubs.",
                ),
            ),
            (
                datetime.date(1991, 6, 1),
                "month",
                T("市議会が請願を採択", "The council adopts the petition"),
                T(
                    "5月に提出された友好提携を求める請願が、6月の定例市議会で採択されました。",
                    "A petition for a goodwill alliance, submitted in May, was adopted at the "
                    "June council session.",
                ),
            ),
            (
                datetime.date(1991, 11, 30),
                "day",
                T("友好都市協定の調印", "The friendship city agreement is signed"),
                T(
                    "7月の市長の書簡に知事が快諾し、グアムで調印式が行われました。",
                    "The governor welcomed the mayor's letter of July, and the agreement was "
                    "signed in Guam.",
                ),
            ),
        ],
    },
    {
        "slug": "camden",
        "title": T("キャムデン", "Camden"),
        "country": T("", ""),
        "country_note": (
            "国は空欄です。元のページには国が書かれていません。事務局の記録で確かめて入れてください。"
        ),
        "region": T("", ""),
        "relationship": "friendship",
        "agreement_date": datetime.date(1997, 4, 1),
        "agreement_date_precision": "month",
        # The seeds do not say where it was signed.
        "agreement_place": T("", ""),
        "partner_organisation": T("", ""),
        "summary": T(
            "旧沼南町の友好都市。2005年の柏市と沼南町の合併により、柏市の友好都市になりました。",
            "Shonan Town's friendship city, which became Kashiwa's when the two merged in 2005.",
        ),
        "image_alt": T(
            "キャムデンを表す黄色のイラスト", "A yellow illustration standing for Camden"
        ),
        "colour": (196, 150, 30),
        "history": [
            (
                datetime.date(1989, 9, 1),
                "month",
                T(
                    "沼南町国際交流協会の設立",
                    "Shonan International Friendship Association founded",
                ),
                T(
                    "沼南町の呼びかけでSIFAが発足し、町民への調査を経てキャムデンが候補になりました。",
                    "Set up at the town's call, SIFA surveyed residents, and Camden emerged as the "
                    "partner of choice.",
                ),
            ),
            (
                datetime.date(1993, 6, 1),
                "month",
                T("キャムデン市長の来町", "Camden's mayor visits Shonan"),
                T(
                    "キャムデンの市長が沼南町を訪れ、翌年からの青少年の行き来につながりました。",
                    "Camden's mayor came to Shonan Town, opening the way for the student "
                    "exchanges of the following year.",
                ),
            ),
            (
                datetime.date(1994, 8, 1),
                "month",
                T("初めてのホームステイ", "The first homestay"),
                T(
                    "沼南町の中高生10名がキャムデンで13日間のホームステイを体験しました。",
                    "Ten junior and senior high school students from Shonan spent 13 days in "
                    "homestays in Camden.",
                ),
            ),
            (
                datetime.date(1994, 11, 1),
                "month",
                T("キャムデン高校バンドの来町", "Camden High School band visits"),
                T(
                    "キャムデン高校のバンド57名が沼南町で演奏し、ホームステイをしました。",
                    "Fifty-seven members of the Camden High School band performed and stayed "
                    "with families in Shonan.",
                ),
            ),
            (
                datetime.date(1997, 4, 1),
                "month",
                T("友好都市協定の調印", "The friendship city agreement is signed"),
                T(
                    "沼南町とキャムデンが友好都市協定を結びました。",
                    "Shonan Town and Camden signed a friendship city agreement.",
                ),
            ),
            (
                datetime.date(2005, 1, 1),
                "year",
                T("柏市の友好都市に", "Camden becomes Kashiwa's friendship city"),
                T(
                    "柏市と沼南町の合併により、キャムデンは柏市の友好都市になりました。",
                    "With the merger of Kashiwa City and Shonan Town, Camden became a friendship "
                    "city of Kashiwa.",
                ),
            ),
        ],
    },
]

DELEGATIONS = [
    {
        "city": "torrance",
        "slug": "2023-citizens-tour",
        "title": T(
            "50周年記念 トーランス訪問市民ツアー（2023年）",
            "50th-anniversary citizens' tour to Torrance (2023)",
        ),
        "edition": None,
        "year": 2023,
        "direction": "outbound",
        "departure_date": datetime.date(2023, 2, 16),
        "return_date": datetime.date(2023, 2, 23),
        # The seeds name no leader of the tour.
        "leader": T("", ""),
        "members": T(
            "太田市長、円谷（つむらや）市議会議長、市職員、協会会員を含む市民44名",
            "44 residents, including Mayor Kazumi Ota, Norihito Tsumuraya (chair of the city "
            "council), city staff and KIRA members",
        ),
        "orientation_sessions": None,
        "summary": T(
            "市役所前の歓迎式典、記念植樹、姉妹校訪問、ホームビジットを経て、サヨナラバンケットで"
            "両市長が50周年の記念調印を行いました。",
            "A welcome outside City Hall, a cherry tree planting, a visit to the sister school, "
            "home visits, and a farewell banquet where the mayors signed for the 50th anniversary.",
        ),
        "report": [
            T(
                "一行はジョージ・チェン市長とトーランス市姉妹都市協会（TSCA）の歓迎を受けました。市役所前の"
                "式典では職員が日米の小旗を振り、市民合唱団が両国の国歌を歌いました。市役所の敷地には恒例の"
                "桜を植え、トーランス美術館では50周年を祝う日本人・日系人アーティストの特別展を見学しました。",
                "Mayor George Chen and the Torrance Sister City Association (TSCA) welcomed the "
                "group. At the ceremony outside City Hall, staff waved small Japanese and American "
                "flags while the citizens' chorus sang both anthems; a cherry tree was planted on "
                "the City Hall grounds, as is the custom, and the Torrance Art Museum showed "
                "Japanese and Japanese American artists for the anniversary.",
            ),
            T(
                "市立柏高校の姉妹校トーランス北高校では、生徒が両国の国歌で迎えてくれました。日本語を学ぶ"
                "生徒と日本語で話しながら昼食をとり、1,800人が学ぶ広いキャンパスを案内してもらいました。"
                "夜は市長招待の夕食会とホームビジットに分かれました。",
                "At Torrance North High School, sister school of Kashiwa Municipal High School, "
                "students sang both anthems. Over lunch the visitors talked in Japanese with the "
                "school's Japanese learners, then toured a campus of 1,800 students. In the "
                "evening the group split between the Mayor's dinner and home visits.",
            ),
            T(
                "ウィルソンパークのピクニックでは、おそろいの黄色い姉妹都市Tシャツで旧交を温め、元派遣生と"
                "ホストファミリーが数十年ぶりに再会する場面もありました。最終日のサヨナラバンケットで両市長が"
                "50周年の記念調印を行い、前年に亡くなった提携の功労者ミコ・ハゴット・ヘンソンさんをしのびました。",
                "At the picnic in Wilson Park everyone wore the yellow sister-city T-shirt, and a "
                "former Kashiwa exchange student met his Torrance host family again after decades. "
                "At the Sayonara Banquet on the last day the two mayors signed for the 50th "
                "anniversary, and the cities honoured Mikko Haggott Henson, who had done much to "
                "found the partnership and died the year before.",
            ),
        ],
    },
    {
        "city": "torrance",
        "slug": "2023-torrance-mission",
        "title": T(
            "トーランス使節団 柏訪問（2023年）", "Torrance delegation visits Kashiwa (2023)"
        ),
        "edition": None,
        "year": 2023,
        "direction": "inbound",
        "departure_date": datetime.date(2023, 10, 5),
        "return_date": datetime.date(2023, 10, 9),
        "leader": T("", ""),
        "members": T(
            "ジョージ・チェン市長夫妻、市議会議員全員、姉妹都市関係者の計43名",
            "43 visitors: Mayor George Chen and his wife, every council member and people of "
            "the sister-city association",
        ),
        "orientation_sessions": None,
        "summary": T(
            "市庁舎裏の広場での歓迎式典、市議会による50周年決議の可決、北柏のトーランス通りの散策、"
            "市民宅でのランチと、市民ぐるみのおもてなしとなりました。",
            "A welcome in the plaza behind City Hall, the council's unanimous 50th-anniversary "
            "resolution, a walk along Torrance Street in Kitakashiwa and lunch in residents' "
            "homes.",
        ),
        "report": [
            T(
                "6日、市庁舎裏の広場で、初めて屋外で、大勢の市民とともに歓迎式典を開きました。両国の国歌と両市長の"
                "あいさつのあと、太田市長が全員に50周年記念Tシャツを贈りました。一行はスマートシティ柏の葉を"
                "見学し、自動運転バスで東京大学へ向かい、キャンパスのビュッフェで昼食をとりました。",
                "On the 6th the welcome was held outdoors for the first time, in the plaza behind "
                "City Hall, with many residents taking part. After both anthems and the mayors' "
                "greetings, "
                "Mayor Ota gave each visitor a 50th-anniversary T-shirt. The group then toured the "
                "smart city of Kashiwa-no-ha and rode a self-driving bus to the University of "
                "Tokyo for a buffet lunch on campus.",
            ),
            T(
                "午後は市議会で、50周年を祝い提携の継続を願う決議が全会一致で可決されるのを見届けました。"
                "市立柏高校ではブラスバンドの演奏を楽しみ、夜は宿泊先のクレストホテルで歓迎パーティーを開き、"
                "チェン市長、TSCAのドナ会長、太田市長、小菅KIRA会長があいさつしました。",
                "In the afternoon they watched the city council pass, unanimously, a resolution "
                "celebrating fifty years and wishing the partnership a long future. Municipal "
                "Kashiwa High School's brass band played for them, and at the welcome party in "
                "the Crest Hotel, where the delegation stayed, Mayor Chen, TSCA chair Donna, "
                "Mayor Ota and KIRA chair Kosuge spoke.",
            ),
            T(
                "7日はふるさと公園で記念植樹をし、北柏のトーランス通りを太田市長と歩きました。公園では"
                "わらび保育園の運動会、柏少年少女合唱団の歌、よさこい千神の踊り、北柏町会のマルシェに加わり、"
                "午後は2〜3人ずつに分かれて市民の家庭で昼食に招かれました。",
                "On the 7th a tree was planted in Furusato Park and the visitors walked Torrance "
                "Street in Kitakashiwa with Mayor Ota. In the park they joined Warabi Nursery "
                "School's sports day, heard the Kashiwa Boys and Girls Choir, danced with Yosakoi "
                "Senjin and browsed the Kitakashiwa neighbourhood market; in the afternoon, in "
                "twos and threes, they were guests for lunch in residents' homes.",
            ),
            T(
                "8日はバスで東京タワーと浅草を訪れ、夜のさよならパーティーには元派遣生やホストファミリーが"
                "大勢駆けつけました。9日、成田から帰国する人、京都や金沢をめぐる人、韓国へ向かう人と、"
                "それぞれの旅路につきました。",
                "On the 8th a bus took them to Tokyo Tower and Asakusa, and many former delegates "
                "and host families came to the farewell party that evening. On the 9th some flew "
                "home from Narita, others went on to Kyoto, Kanazawa or South Korea.",
            ),
        ],
    },
    {
        "city": "torrance",
        "slug": "51st-torrance-visitors",
        "title": T(
            "第51回 トーランス青少年派遣団の来柏（2024年）",
            "51st Torrance youth delegation in Kashiwa (2024)",
        ),
        "edition": 51,
        "year": 2024,
        "direction": "inbound",
        "departure_date": datetime.date(2024, 7, 10),
        "return_date": datetime.date(2024, 7, 30),
        "leader": T("マロリー団長", "Mallory, delegation leader"),
        "members": T(
            "高校生8名（男子4名、女子4名）", "Eight high school students (four boys, four girls)"
        ),
        "orientation_sessions": None,
        "summary": T(
            "提携50周年の翌年、9名の派遣団が柏の小学生・高校生・大学生や市民と交流しました。",
            "The year after the 50th anniversary, nine visitors from Torrance met Kashiwa's "
            "pupils, students and residents.",
        ),
    },
    {
        "city": "torrance",
        "slug": "51st-kashiwa-delegation",
        "title": T(
            "第51回 柏市青少年トーランス派遣団（2024年）",
            "51st Kashiwa youth delegation to Torrance (2024)",
        ),
        "edition": 51,
        "year": 2024,
        "direction": "outbound",
        "departure_date": datetime.date(2024, 8, 5),
        "return_date": datetime.date(2024, 8, 23),
        "leader": T("団長", "Delegation leader"),
        "members": T(
            "高校生6名、大学生2名", "Six high school students and two university students"
        ),
        "orientation_sessions": None,
        "summary": T(
            "柏の代表として、姉妹都市協会やホストファミリー、多くの市民と交流しました。",
            "As Kashiwa's representatives, the delegates met the sister city association, "
            "their host families and many Torrance residents.",
        ),
    },
    {
        "city": "torrance",
        "slug": "52nd-kashiwa-delegation",
        "title": T(
            "第52回 柏市青少年トーランス派遣団（2025年）",
            "52nd Kashiwa youth delegation to Torrance (2025)",
        ),
        "edition": 52,
        "year": 2025,
        "direction": "outbound",
        "departure_date": datetime.date(2025, 8, 4),
        "return_date": datetime.date(2025, 8, 22),
        "leader": T("ヤマザワ・カヨコ（引率）", "Kayoko Yamazawa (adult leader)"),
        "members": T(
            "ゴノヘ・サララ\nオオタ・カンナ\nシムラ・レア\nヤマモト・マサキ\nイハラ・トモロ\n"
            "キマチ・コウタロウ\nマスダ・エイタ\nヨシオカ・タイキ",
            "Sarara Gonohe\nKanna Ota\nLea Shimura\nMasaki Yamamoto\nTomoro Ihara\n"
            "Kotaro Kimachi\nEita Masuda\nTaiki Yoshioka",
        ),
        "orientation_sessions": 6,
        "summary": T(
            "2回の面接で選ばれた8名の派遣生。今年から高校1年生も応募できるようになりました。",
            "Eight delegates chosen after two rounds of interviews; from this year first-year "
            "high school students could apply too.",
        ),
    },
    {
        "city": "chengde",
        "slug": "16th-kashiwa-delegation",
        "title": T(
            "第16回 柏市青少年承徳派遣団（2025年）",
            "16th Kashiwa youth delegation to Chengde (2025)",
        ),
        "edition": 16,
        "year": 2025,
        "direction": "outbound",
        "departure_date": datetime.date(2025, 8, 21),
        "return_date": datetime.date(2025, 8, 26),
        "leader": T("アズマ・ミウ（団長）", "Miu Azuma (delegation leader)"),
        "members": T(
            "タカハギ・リョウタ\nハヤシ・ユウナ\nコンノ・ヤヤ\nイシカワ・メグミ",
            "Ryota Takahagi\nYuna Hayashi\nYaya Konno\nMegumi Ishikawa",
        ),
        "orientation_sessions": 4,
        "summary": T(
            "1983年の友好都市提携から42年目の夏。4名の派遣生が万里の長城を越えて承徳を訪れ、ホームステイを体験します。",
            "In the 42nd year since the 1983 friendship agreement, four delegates cross the "
            "Great Wall to Chengde and live with local families.",
        ),
    },
]

INTERVIEW = {
    "city": "torrance",
    "slug": "2025-adult-leader-interview",
    "title": T(
        "二つの街、一つの空 ― 2025年トーランス派遣団引率者インタビュー",
        "Two cities, one sky: an interview with Torrance's 2025 adult leader",
    ),
    "interviewee_name": T("クレイ・バクホーム", "Clay Bakhoum"),
    "interviewee_role": T(
        "2025年 トーランス青少年派遣団 引率者", "2025 Adult Leader, Torrance Youth Delegation"
    ),
    "delegation_year": 2025,
    "image_alt": T("インタビューを表すイラスト", "An illustration for the interview"),
    "introduction": T(
        "トーランス生まれ、トーランス育ちの26歳。地元の学校でITを担当しています。日本は2回目、"
        "柏は初めての訪問です。",
        "Born and raised in Torrance, 26, working in IT for a local school. This is his "
        "second time in Japan and his first in Kashiwa.",
    ),
    "questions": [
        (
            T("引率者に応募した理由は？", "Why did you apply to be an adult leader?"),
            T(
                "世界を少しでも良くする仕事に関わりたいと思ってきました。派遣生たちが国の代表という"
                "より友人どうしになっていく姿を見て、両協会の未来に安心しています。",
                "I have always wanted to work on something that leaves the world better. "
                "Watching the delegates become friends rather than envoys, I am not worried "
                "about the future of either association.",
            ),
        ),
        (
            T(
                "トーランス姉妹都市協会ではどんな活動を？",
                "What do you do in the Torrance Sister City Association?",
            ),
            T(
                "事前研修のほか、市役所の隣で開かれる文化祭と桜祭りで、日本の伝統文化と姉妹都市柏を"
                "地域に紹介しています。",
                "Besides orientations, we present Japanese traditions and our sister city at the "
                "Bunka-sai next to City Hall and at the Cherry Blossom Festival.",
            ),
        ),
        (
            T(
                "派遣生との京都・広島の旅でいちばん心に残ったことは？",
                "What was the most memorable part of the trip to Kyoto and Hiroshima?",
            ),
            T(
                "朝早く原爆ドームと平和記念資料館を訪れ、皆が深く心を揺さぶられました。その重さを抱えたまま"
                "京都に着くと雨。雨が年に2週間ほどしか降らないトーランスの私たちには恵みです。雨具なしで"
                "伏見稲荷大社の朱い鳥居を登るうちに、皆の気持ちが晴れていきました。",
                "Early in the morning we saw the Atomic Bomb Dome and the Peace Memorial Museum, "
                "and it shook all of us. The heaviness followed us to Kyoto, where it rained; in "
                "Torrance, with about two weeks of rain a year, rain is a blessing. Climbing "
                "through the red torii of Fushimi Inari Taisha without umbrellas, we felt our "
                "spirits lift.",
            ),
        ),
        (
            T("派遣生にどう成長してほしいですか？", "How do you want your students to grow?"),
            T(
                "リーダーシップや準備の大切さを教えるつもりでしたが、新しいことを楽しむ姿勢を"
                "むしろ彼らから学びました。3週間で大きく成長した彼らを誇りに思います。",
                "I meant to teach leadership and preparation, but I learned from them how to "
                "enjoy the unknown. I am proud of how much they grew in three weeks.",
            ),
        ),
    ],
}

NEWS = [
    {
        "slug": "2021-exchange-programmes-cancelled",
        "title": T(
            "2021年の青少年交換派遣事業の中止について",
            "Youth exchange programmes cancelled for 2021",
        ),
        "date": datetime.date(2021, 1, 1),
        "date_precision": "year",
        "date_note": (
            "元の英語のページに「for the year 2021」とあるだけで、お知らせの日付は書かれていない"
            "ため（日本語のページにはこのお知らせがありません）、年だけを表示しています。"
            "事務局の記録で日付を確かめたら、日付と精度を直してください。"
        ),
        "category": "announcement",
        "cities": ["torrance", "camden", "chengde"],
        "lead": T(
            "2021年のトーランス、キャムデン、承徳との青少年交換派遣事業は中止となりました。",
            "The 2021 youth exchanges with Torrance, Camden and Chengde have been cancelled.",
        ),
        "paragraphs": [],
    },
    {
        "slug": "torrance-50th-anniversary",
        "title": T(
            "トーランス市との姉妹都市提携50周年記念事業",
            "50th anniversary of the sister city affiliation with Torrance",
        ),
        "date": datetime.date(2023, 1, 1),
        "date_precision": "year",
        "date_note": (
            "元のページには「2023年」とあるだけなので、年だけを表示しています（市民ツアーの"
            "出発は2月16日）。事務局の記録で日付を確かめたら、日付と精度を直してください。"
        ),
        "category": "anniversary",
        "cities": ["torrance"],
        "lead": T(
            "2023年、柏市はトーランス市との提携50周年を迎え、両市の訪問団が行き来しました。",
            "In 2023 Kashiwa marked 50 years as Torrance's sister city, with delegations "
            "visiting in both directions.",
        ),
        "paragraphs": [
            T(
                "2月には市民ツアーがトーランスを訪れ、10月にはトーランスの使節団が柏を訪れました。",
                "A citizens' tour went to Torrance in February, and a Torrance delegation came "
                "to Kashiwa in October.",
            ),
            T(
                "50周年を記念して、ダイジェスト版とフルバージョンの2本の記念動画が作られました。",
                "Two anniversary videos were made: a digest and a full version.",
            ),
        ],
    },
]

EVENT = {
    "slug": "torrance-delegates-return-report",
    "title": T("トーランス派遣生 帰国報告会", "Torrance delegates' return report"),
    "start": datetime.datetime(2023, 11, 19, 14, 0),
    "end": datetime.datetime(2023, 11, 19, 16, 0),
    "reception_opens": datetime.time(13, 30),
    "venue_name": T("パレット柏 オープンスペース", "Palette Kashiwa Open Space"),
    "venue_address": T(
        "〒277-0005 千葉県柏市柏1-7-1 DayOneタワー3階",
        "DayOne Tower 3F, 1-7-1 Kashiwa, Kashiwa City, Chiba 277-0005, Japan",
    ),
    "date_note": (
        "年は仮です。元のページには「11月19日（日）」とあるだけで、年が書かれていません（2023年なら日曜日）。"
        "事務局の記録で確かめて直してください。"
    ),
    "registration_required": False,
    "registration_details": T(
        "申込不要です。当日、直接会場へお越しください。",
        "No registration needed: come straight to the venue on the day.",
    ),
    "summary": T(
        "今年トーランスを訪れた高校生・大学生が、映像を交えて体験を報告します。",
        "High school and university students who visited Torrance this year share what they "
        "experienced, with video.",
    ),
}

RECRUITMENTS = [
    {
        "slug": "torrance-host-families-2025",
        "city": "torrance",
        "kind": "host_family",
        "title": T(
            "トーランス青少年派遣生のホストファミリー募集（2025年）",
            "Host families wanted for Torrance's youth delegates (2025)",
        ),
        # Not "締め切りました": the notice states its status from the deadline by itself.
        "summary": T(
            "トーランス市の青少年派遣生を自宅に迎えてくださるホストファミリーの募集です。",
            "A call for families to welcome Torrance's youth delegates into their homes.",
        ),
        "application_opens": None,
        "application_closes": datetime.date(2025, 5, 17),
        "how_to_apply": T(
            "募集は例年ゴールデンウィーク前ごろに始まり、5月中旬に締め切ります。",
            "Each year the call opens shortly before Golden Week and closes in mid-May.",
        ),
        "destination": T("", ""),
        "trip_start": None,
        "trip_end": None,
        "places": None,
        "cost_yen": None,
        "eligibility": T("", ""),
        "born_from": None,
        "born_until": None,
        "residency_condition": T("", ""),
        "briefing_sessions": [],
    },
    {
        "slug": "16th-chengde-youth-delegates",
        "city": "chengde",
        "kind": "youth_delegate",
        "title": T(
            "第16回 承徳市派遣青少年募集", "16th Chengde youth delegation: call for applicants"
        ),
        "summary": T(
            "ホームステイをしながら中国の歴史と文化にふれ、承徳の高校生との交流や式典に参加しましょう。",
            "Live with a family in Chengde, discover Chinese history and culture, meet local "
            "high school students and take part in the ceremonies.",
        ),
        "application_opens": datetime.date(2025, 6, 2),
        "application_closes": datetime.date(2025, 6, 28),
        "how_to_apply": T(
            "説明会で配る応募用紙に記入し、柏市国際交流センターへ郵送（6月28日必着）または持参してください。",
            "Fill in the application form handed out at the briefing session and post it to "
            "the Kashiwa International Relations Center (to arrive by 28 June) or bring it in.",
        ),
        "destination": T("承徳市（中国河北省）", "Chengde (Hebei Province, China)"),
        "trip_start": datetime.date(2025, 8, 21),
        "trip_end": datetime.date(2025, 8, 26),
        "places": 8,
        "cost_yen": 150000,
        # Who may apply is said by the birth dates and the residency condition below.
        "eligibility": T("", ""),
        "born_from": datetime.date(2003, 4, 2),
        "born_until": datetime.date(2010, 4, 1),
        "residency_condition": T("柏市在住または在学", "Lives or studies in Kashiwa"),
        "briefing_sessions": [
            {
                "date": datetime.date(2025, 6, 1),
                "start_time": datetime.time(12, 0),
                "end_time": datetime.time(13, 30),
                "reception_time": datetime.time(11, 45),
                "venue": T(
                    "パレット柏 3階（柏市国際交流センター）",
                    "Palette Kashiwa 3F (Kashiwa International Relations Center)",
                ),
                "notes": T(
                    "応募書類は説明会で配布します。応募希望者は必ず出席してください。保護者の同伴も歓迎です。"
                    "話を聞くだけの参加もできます。会場の地図はチラシのQRコードからご覧ください。",
                    "Application forms are handed out only at the session, so applicants must "
                    "attend. Parents are welcome too, and so is anyone who only wants to hear "
                    "about the programme. The map to the venue is behind the QR code on the flyer.",
                ),
            }
        ],
    },
]

# The online form below the host-family notice (that notice has closed, so the form says so).
HOST_FAMILY_FORM = {
    "notice": "torrance-host-families-2025",
    "slug": "apply",
    "title": T("ホストファミリー申し込みフォーム", "Host family application form"),
    "introduction": T(
        "トーランスの青少年派遣生を自宅に迎えるホストファミリーの申し込みフォームです。2024年の派遣生は"
        "7月10日から30日まで柏に滞在しました。募集は例年ゴールデンウィーク前に始まり、5月中旬に締め切ります。",
        "The form for families offering to welcome Torrance's youth delegates into their homes. "
        "In 2024 the delegates stayed in Kashiwa from 10 to 30 July. The call usually opens "
        "before Golden Week and closes in mid-May.",
    ),
    "privacy_notice": T(
        "お送りいただいた内容は、協会のホストファミリー担当者だけが読みます。",
        "What you send is read only by the association's host-family staff.",
    ),
    "thank_you_text": T(
        "ホストファミリーへのお申し込みを受け付けました。ご協力に感謝いたします。",
        "Your offer to host has been received. Thank you for your support.",
    ),
    "to_address": "kcc@kira-kira.jp",
}

# Spellings and other names visitors type for what the pages call otherwise (search/models.py):
# the cities' names as they are often misspelt or transcribed, and the programmes' words in
# English for the Japanese pages.
SEARCH_SYNONYMS = [
    ("トーランス", "Torrance", "Torrence", "Torance", "トーランズ", "トランス市"),
    ("承徳", "Chengde", "Chengdu", "しょうとく"),
    ("グアム", "Guam", "グァム"),
    ("キャムデン", "Camden", "カムデン"),
    ("ホストファミリー", "host family", "host families"),
    ("青少年派遣", "派遣青少年", "youth delegation", "youth delegates"),
]
