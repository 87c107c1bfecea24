"""Handwritten name lists (general knowledge) used by gen_names.py.

Whitespace-separated words; "_" inside an entry stands for a space
(for multi-word honorifics such as "Tan_Sri").
"""

# ---------------------------------------------------------------- zh_surname
ZH_SURNAME = """
Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin
Luo Zheng Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Yuan
Pan Yu Jiang Cai Lu Ding Wei Xue Ye Yan Du Dai Xia Zhong Fu Ren Yao Jin Qian
Shen Shi Cui Kong Qin Fan Mao Hou Lei Bai Tan Qiu Xiong Meng Qi Wen Zou Yin Yi
Chang Wan Gu Lai Hao Gong Shao Duan Kang Jia Xiang Lan Tao Ji Mo Shang Ou
Geng Niu Nie Chai Chu Bao Zhan Ning Yue Hong Pang Ke Guan Ling Zuo An Mu Zhai
Zang Che Bi Rao Hua Xin Shu Pei Jing Diao Lian Lou Miao Tong Ge Qu Rong Nan
Hang Ran Sang Tu Zhen Liao Kou Huo Yun Zhuo Dou Mi Luan Chao Mou Gan Ruan
Zhuang Shan Gou Bian Ai Bu Chi Fang Fei Gai Gui Hai Jian Jiao Ju Kan Kuang Lang
Le Man Mei Min Nian Pu Quan Que Rui Sha She Shuai Su Sui Tai Teng Tie Xi Xian
Xing Xun Yong You Zan Zha Zong Ba Ban Bo Cang Cen Cheng Chong Cong Dang Di Dun
E Fa Heng Hui Huan Jie Ju Kou Kuai Lao Leng Liu Lv Lyu Lü Mai Mie Ming Na Ni
Ou Pi Ping Pu Qiao Qing Rang Ru Shou Shuang Si Tuo Wen Wo Xiu Ya Yong Zai Zhi
Zu Ouyang Sima Zhuge Situ Shangguan Dongfang Huangfu Murong Linghu Zhangsun
Zhongli Yuwen Gongsun Xiahou Duanmu Helian Huyan Wenren Taishi Ximen Nangong
Chan Wong Lee Cheung Lau Ng Ho Leung Lam Tsang Chow Yip Yeung Tse Kwok Fung Mak
Tam Lo Law Kwan Choi Siu Poon Tsui Au Ko Hui Shum Tsoi Kwong Tong Chiu Sze Hung
Yuen Tung Koo Ku Tsai Hsu Chiang Tsao Hsieh Kuo Chou Chien Yeh Hsiao Tseng Chuang
Kao Hsiung Shih Ting Chung Hsueh Kung Kuan Tsou Weng Yen Lien Chin Ong Lim Teo
Goh Koh Tay Chua Seah Yeo Sim Toh Low Quek Neo Phua Ang Teh Yap Wee Khoo Chia
Foo Kok Soh Oei Oh Liew Loh Tham Chong Chew Hew Kee Sia Tee Then Thong Kwek Lui
Loke Hoo Leong Choo Cheah Ooi Khor Woo Loo Chee Cho Fong Kam Kan Kwan Kwong Lai
Leung Lew Li Liew Ling Lo Louie Lum Mok Moy Sit Szeto Tsang Tsoi Wai Wing Yam
Yee Yim Yiu Yung Auyeung Ho Hsia Hsin Hu Jen Jiang Kuang Lu Tai Tsien
""".split()

# ---------------------------------------------------------------- given names
# (besides the US census first names that gen_names.py adds); given names only,
# grouped by culture.
GIVEN = """
Aaron Adrian Alain Alexander Alexandre Alexis Amanda Anders Andrea Andreas Angela
Angelo Anna Anne Annalena Antoine Antonio Antony Arnaud Arnold Axel Benjamin Bernard
Boris Bruno Camille Carlos Carmen Caroline Catherine Christophe Christian Christoph
Claude Claudia Cristiano Cristina Cyril Daniel Daniela Didier Dominik Dominique
Edouard Emmanuel Emmanuelle Enrico Eric Erik Fabio Fabrice Federico Felix Félix
Ferdinand Francesca Francesco Franco François Françoise Franz Frédéric Friedrich
Gérard Gerhard Giorgia Giorgio Giovanni Giuseppe Guido Hans Heinrich Helmut Hervé
Horst Hubert Ignazio Ingrid Isabelle Jacques Jan Jean Jens Jérôme Joachim Johann
Johannes Josef Jürgen Karl Katarina Klaus Lars Laurent Lorenzo Luca Lucas Ludovic
Luigi Lukas Manfred Marc Marcel Marco Margrethe Marianne Marine Markus Martina
Matteo Matthias Maurizio Michel Michèle Mikael Nicolas Nicola Niklas Nils Olaf
Olivier Ophélie Pascal Paolo Patrice Philippe Pierre Rainer Raphaël Riccardo Roberto
Romain Rolf Sebastian Ségolène Sergio Silvio Simone Stéphane Stefan Stefano Sven
Thierry Thomas Tobias Ulrich Ursula Valérie Vincent Walter Werner Wolfgang Xavier
Yves Yannick Jozef Andrzej Janusz Jarosław Jaroslaw Krzysztof Mateusz Radosław
Radoslaw Rafał Rafal Tadeusz Witold Zbigniew Zygmunt Viktor Viktória Péter Zoltán
Zoltan Gábor Gabor László Laszlo Miklós Tamás Robert Milos Miloš Aleksandar Dragan
Goran Zoran Milorad Vojislav Slobodan Zlatko Andrej Tomáš Tomas Petr Jiří Jiri
Klaus Kersti Kaja Alar Toomas Gitanas Ingrida Edgars Evika Krišjānis Egils Alexander
Mette Magdalena Ulf Stefan Jonas Sauli Sanna Petteri Antti Jyrki Juha Erna Jonas
Kyriakos Alexis Nikos Giorgos Yiorgos Dimitris Konstantinos Nikolaos Andreas Nicos
Mitsotakis Recep Tayyip Ahmet Mehmet Mevlüt Mevlut Hakan Hulusi Yaşar Yasar Kemal
Kemal Ekrem Özgür Ozgur Devlet Binali Abdullah Süleyman Suleyman Mustafa Ibrahim
İbrahim Ömer Omer Ali Hüseyin Huseyin Hasan Murat Emre Burak Cem Cengiz Erdal Fatih
Kaan Mert Onur Serkan Tolga Uğur Ugur Volkan Yusuf Zeynep Elif Ayşe Ayse Emine Fatma
Merve Büşra Busra Selin Esra Nur Hatice Zehra
Vladimir Dmitry Dmitri Dmitriy Sergei Sergey Sergej Nikolai Nikolay Alexei Alexey
Aleksei Aleksey Andrei Andrey Mikhail Ivan Igor Oleg Yuri Yury Viktor Valery Valeri
Vyacheslav Gennady Anatoly Boris Konstantin Pavel Pyotr Maxim Maksim Denis Kirill
Roman Artem Artyom Yevgeny Evgeny Leonid Grigory Stanislav Vitaly Ruslan Arkady
Vadim Fyodor Fedor Timur Ilya Nikita Anton Matvei Gleb Yegor Egor Vasily Yaroslav
Valentin Rostislav Vsevolod Semyon Lev Svetlana Tatiana Tatyana Natalia Natalya Olga
Irina Elena Yelena Ekaterina Yekaterina Anastasia Maria Marina Galina Lyudmila
Valentina Nadezhda Larisa Oksana Yulia Yuliya Veronika Daria Darya Alina Ksenia
Polina Elvira Valentina Volodymyr Oleksandr Oleksiy Dmytro Andriy Mykola Mykhailo
Petro Vitaliy Vitali Taras Bohdan Yuriy Serhiy Denys Rustem Kyrylo Denys Iryna
Yuliia Olena Oleksandra Alyaksandr Alexander Svyatlana Sviatlana Maia Salome Irakli
Giorgi Bidzina Mikheil Nikol Serzh Armen Ilham Mehriban Jeyhun Kassym-Jomart Kassym
Jomart Nursultan Askar Erlan Yerlan Kairat Murat Bakhytzhan Bakytzhan Marat Daniyar
Dauren Nurlan Serik Aigul Dariga Shavkat Bakhtiyor Saida Abdulaziz Sardor Rustam
Jamshid Ulugbek Emomali Rustam Sirojiddin Kokhir Sadyr Kamchybek Akylbek Jeenbek
Serdar Gurbanguly Rashid Batmunkh Khurelsukh Ukhnaagiin Oyun-Erdene Luvsannamsrai
Battsetseg Gombojav Zandanshatar Tsakhiagiin Enkhbayar Elbegdorj Battulga Bolor Ganbaatar
Miguel Juan José Jose Luis Luiz Carlos Jorge Javier Manuel Francisco Antonio Pedro
Pablo Alejandro Andrés Andres Fernando Ricardo Roberto Rodrigo Sergio Diego Gustavo
Eduardo Enrique Raúl Raul Rafael Ramón Ramon Alberto Alfonso Álvaro Alvaro Arturo
Ignacio Joaquín Joaquin Mariano Mauricio Nicolás Nicolas Óscar Oscar Santiago
Sebastián Vicente Xiomara Evo Lula Inácio Inacio Dilma Jair Michel Geraldo Fernando
Gabriel Gilberto Lucas Marcelo Marcos Mateus Paulo Rui João Joao Vasco Marcelo
António Luís Cristina Marta Lucía Lucia Ana Beatriz Carmen Isabel Mercedes Pilar
Rosa Teresa Gabriela Claudia Verónica Veronica Daniela Fernanda Valeria Alejandra
Paola Mariana Andrea Patricia Gloria Rocío Dina Delcy Nayib Gustavo Iván Ivan
Daniel Sebastián Gabriel Luiz Inácio Cristina Javier Nayib Bernardo Xóchitl Claudia
Marcelo Andrés Manuel Ernesto Fidel Raúl Miguel Mario Hugo Horacio Alan Lenín Guillermo
Mohammed Mohammad Mohamed Muhammad Mohamad Mohd Mohamud Mohamad Ahmed Ahmad Ahmet
Ali Omar Umar Othman Osman Uthman Hassan Hasan Hussein Husain Hussain Hossein Ibrahim
Ismail Ismael Youssef Yousef Yusuf Yousuf Khalid Khaled Abdullah Abdallah Abdulla
Abdulaziz Abdulrahman Abdelaziz Abdel Abdul Abdur Abdelfattah Abdelmadjid Abdelmajid
Abdelilah Abdelkader Abdelhamid Abdulhamid Abdulkarim Abdulmalik Abdelrahman Aboul
Adel Adil Amr Anwar Ashraf Atef Ayman Aziz Badr Bandar Bashar Bashir Faisal Fahad
Fahd Farouk Faruk Fawzi Fouad Fuad Ghassan Hamad Hamdan Hamid Hamza Hani Haitham
Hisham Imad Issa Isa Jamal Jaber Jassim Kamal Karim Khalil Mahmoud Mahmud Majid
Mansour Marwan Mishal Mishaal Mohsen Mostafa Moustafa Mustafa Nabil Nasser Nawaf
Nayef Nizar Qasim Qassem Rami Saad Saeed Said Saif Salah Saleh Salem Salim Salman
Sami Samir Sultan Tahir Tamim Tarek Tariq Tarik Turki Walid Yahya Yasser Yasir
Zayed Ziad Zaid Ayatollah Jawad Javad Kazem Mehdi Mahdi Masoud Massoud Mojtaba
Hassan Ebrahim Esmail Ismail Abbas Ahmad Akbar Ali Alireza Amir Hamid Hossein
Javad Mohammad Mohsen Mojtaba Morteza Mostafa Reza Saeed Abdolnaser Abdolrahim
Fatima Fatemeh Aisha Ayesha Aishah Amina Amal Hala Hana Hanan Huda Iman Layla Leila
Lina Maryam Mariam Mona Noor Nour Nura Rania Reem Rima Salma Samira Sara Sarah
Yasmin Yasmine Zainab Zeinab Zahra Naledi Nadia Nabila Latifa Khadija Jamila Ghada
Tedros Abiy Adhanom Haile Hailemariam Meles Sahle-Work Sahle Isaias Uhuru Raila
William Yoweri Paul Félix Felix Joseph Denis Evariste Samia Hakainde Emmerson
Cyril Jacob Thabo Julius Naledi Ronald Bola Muhammadu Olusegun Goodluck Atiku
Kashim Yemi Nana Akufo John Dramani Mahamudu Alassane Laurent Henri Macky Bassirou
Diomaye Ousmane Assimi Abdourahamane Ibrahim Mahamat Idriss Paul Faustin-Archange
Denis Teodoro Brice Patrice Faure Joseph Julius Maada Mamadi Umaro Embalo João
Filipe Daniel Lazarus Duma Mokgweetsi Hage Netumbo Andry Mohamed Ismaïl Ismail Omar
Kwame Kofi Kwabena Kwaku Kwasi Yaw Ama Akua Abena Adwoa Efua Chinedu Chukwuma
Chidi Chioma Ngozi Emeka Obinna Uche Oluwaseun Olumide Tunde Babatunde Ayodele
Folake Funmilayo Adebayo Adewale Kayode Segun Bukola Amaka Ifeoma Nnamdi Okechukwu
Oluwatoyin Wanjiku Wanjiru Njeri Akinyi Atieno Kipchoge Kiprono Mwangi Otieno Baraka
Jabari Juma Zawadi Amani Neema Imani Tendai Tafadzwa Tatenda Farai Nomvula Thandiwe
Sipho Themba Thabo Lindiwe Nkosazana Nosiviwe Busisiwe Lerato Palesa Kagiso Mpho
Narendra Rahul Sonia Priyanka Amit Rajnath Nirmala Subrahmanyam Piyush Nitin Smriti
Arvind Mamata Yogi Ashok Shashi Manohar Mallikarjun Sharad Uddhav Nitish Lalu Tejashwi
Akhilesh Mayawati Naveen Chandrababu Jagan Pinarayi Revanth Devendra Eknath Himanta
Biswa Mehbooba Hemant Bhagwant Bhupendra Shivraj Vasundhara Kiren Hardeep Dharmendra
Ashwini Jyotiraditya Anurag Pralhad Gajendra Jitendra Vikram Ajit Shivshankar Vinay
Harsh Vijay Taranjit Pranab Manmohan Atal Bihari Indira Rajiv Jawaharlal Vallabhbhai
Subhas Bhimrao Droupadi Jagdeep Om Ram Nath Venkaiah Dhananjaya Sanjiv Sanjeev Sanjay
Rajesh Rakesh Ramesh Suresh Mahesh Ganesh Dinesh Naresh Mukesh Rajendra Mahendra
Surendra Virendra Yogendra Jitendra Gyanendra Ravi Raj Rajan Rajiv Rohit Rohan
Sachin Sandeep Sunil Anil Kapil Vikas Vivek Vishal Deepak Pradeep Sudhir Sudhakar
Prakash Praveen Pravin Prashant Pramod Manoj Santosh Ajay Abhishek Aditya Akash
Alok Amitabh Anand Ankit Anupam Arjun Arun Ashish Ashwin Atul Gaurav Girish Harish
Hemant Jayant Kailash Kamal Karan Kishore Krishna Kunal Lalit Madhav Mohan Murali
Nikhil Nilesh Nirav Pankaj Parag Prem Rahul Raman Ranjit Rishi Sameer Sanjeev
Satish Saurabh Shankar Shekhar Shyam Siddharth Subhash Sumit Sunder Sundar Tarun
Uday Umesh Varun Venkat Venkatesh Vijay Vikram Vinod Yashwant Yash Aarav Vihaan
Priya Pooja Anjali Anita Sunita Kavita Lakshmi Meena Neha Nisha Preeti Rekha Shobha
Shweta Sushma Swati Usha Vandana Deepika Divya Jaya Kiran Madhuri Nandini Radha
Ritu Sapna Seema Shalini Smita Sonal Suman Supriya Veena Aishwarya Ananya Shreya
Harpreet Gurpreet Manpreet Jaspreet Amarinder Navjot Sukhbir Parkash Bhagwant
Imran Shehbaz Shahbaz Nawaz Maryam Bilawal Asif Shahid Khaqan Ishaq Pervez Asim
Qamar Javed Raheel Fazlur Hamza Ahsan Khawaja Marriyum Mohsin Murad Fawad Shah
Mehmood Rashid Arif Mamnoon Anwaar Jalil Sadiq Yusuf Raza Zulfikar Benazir Aitzaz
Ayaz Babar Faisal Farhan Fahim Ghulam Habib Iftikhar Ijaz Junaid Kamran Kashif
Liaquat Muhammad Nadeem Naveed Nasir Obaid Owais Qaiser Rizwan Saqib Shoaib Tahir
Tanveer Usman Waqar Waseem Yasir Zahid Zubair Bushra Hina Sherry Shazia
Sheikh Hasina Khaleda Tarique Obaidul Abul Kalam Momen Fakhrul Touhid Shahabuddin
Mirza Sajeeb Saima Zillur Iajuddin Asaduzzaman Anisul Tipu Dipu Salman Faruk
Sher Bahadur Pushpa Kamal Khadga Madhav Bidya Baburam Narayan Arzu Upendra Rabi
Gagan Bishwa Ram Chandra Krishna Bahadur Prakash Sharan Janardan Purna Ishwar
Hari Bishnu Gopal Shankar Sita Sushila Balen Kulman Devi Bimalendra Raghuji Gyanendra
Birendra Dipendra Paras Pradeep Lilamani Binod Surya Subas Narayan Kaji
Ranil Mahinda Gotabaya Basil Namal Anura Kumara Sajith Maithripala Chandrika Dinesh
Vijitha Harini Tilvin Bimal Nalinda Kanchana Tissa Lakshman Gamini Mangala Ravi
Rauff Sampanthan Sumanthiran Dulles Keheliya Prasanna Udaya Wimal Champika Harsha
Eran Kabir Ruwan Lasantha Mahindananda Nimal Susil Bandula Dullas Pavithra Sudath
Ibrahim Mohamed Abdulla Moosa Ahmed Hussain Aminath Uza Fathimath Mariya Gasim
Ashraf Hamid Abdullah Haibatullah Amir Sirajuddin Zabihullah Hasan Abdul Ghani
Mullah Amrullah Rahmatullah Hibatullah Hekmatullah Inamullah Suhail Bilal Mawlawi
Ahmad Zalmay Hamdullah Abdul Salam Abdul Kabir Zabiullah
Joko Jokowi Prabowo Susilo Bambang Megawati Abdurrahman Gus Habibie Soeharto
Sukarno Gibran Kaesang Retno Sri Mulyani Luhut Binsar Airlangga Anies Ganjar Puan
Muhaimin Mahfud Erick Sandiaga Budi Basuki Tjahaja Ahok Ridwan Pratikno Moeldoko
Yasonna Tito Teten Nadiem Sugiono Sufmi Dasco Bahlil Zulkifli Hasan Agus Harimurti
Yudhoyono Andi Arief Bayu Dedi Dwi Eko Endang Fadli Fahri Gatot Hendra Heru Indra
Jusuf Setya Slamet Wahyu Wiranto Dadang Dody Edhy Fajar Hari Iwan Joni Kiki Lukman
Mochamad Muhammad Nanang Nurhadi Rachmat Rizal Rudi Rudy Sigit Sutrisno Taufik
Teguh Wawan Yanto Yusril Ihza Ade Ahmad Arsul Bahtiar Dian Dewi Evi Fitri Ika
Ikhsan Intan Kartika Lestari Lina Mega Nani Novi Nurul Putri Ratna Rina Rini Sinta
Siti Sri Suci Susi Tuti Wati Yanti Yuli Yulia Ketut Made Putu Gede Komang Kadek
Nyoman Wayan Nengah
Anwar Mahathir Muhyiddin Najib Ismail Sabri Zahid Ahmad Hishammuddin Khairy Azmin
Rafizi Saifuddin Fahmi Zafrul Fadillah Amirudin Sanusi Takiyuddin Hadi Nurul Izzah
Wan Azizah Rosmah Hannah Gobind Saravanan Anthony Loke Guan Eng Kit Siang Wee Ka
Siong Mohamad Tengku Zafrul Nik Nazmi Azalina Mustapha Abang Johari Hajiji Tuanku
Muhriz Nazrin Sallehuddin Mizan Abdul Halim Ibrahim Iskandar Sultan Ismail
Hassanal Bolkiah Al-Muhtadee Billah Erywan Yusof Jock Seng Amin Liew Abdul Mateen
Xanana Kay Rala Jose Ramos-Horta Taur Matan Ruak Mari Alkatiri Francisco Guterres
Lu-Olo Rui Bendito Adaljiza Agio Pereira Fidelis Magalhães Dionisio Babo
Hsien Loong Lawrence Halimah Tharman Vivian Swee Keat Kim Yong Ye Kung Chun Sing
Grace Josephine Indranee Desmond Edwin Eng Hen Pritam Chok Tong Kuan Yew Sylvia
Teo Kah Yam Sim Ann Janil Puthucheary Maliki Osman Faishal Ibrahim Masagos Zulkifli
Ferdinand Bongbong Rodrigo Sara Imee Leni Gloria Benigno Noynoy Corazon Cory Fidel
Joseph Erap Enrique Teodoro Gilberto Eduardo Ronald Bato Risa Francis Chiz Miguel
Juan Martin Jose Maria Joma Manny Panfilo Ping Raffy Vicente Tito Jinggoy Bong
Lito Cynthia Grace Pia Loren Nancy Koko Alan Peter Jesus Dulce Menardo Delfin
Hermogenes Carlito Lucas Jonvic Ralph Frederick Jesus Crispin Remulla Jaime Emilio
Somchai Somsak Somporn Somkid Sompong Somboon Somsri Surapong Surachai Suchart
Sutham Thaksin Yingluck Paetongtarn Srettha Prayut Prayuth Prawit Anutin Abhisit
Chuan Pita Thanathorn Chadchart Chaturon Jurin Nattawut Jatuporn Phumtham Parnpree
Maris Sihasak Pichai Wissanu Wan Don Supachai Surakiart Kasit Tanee Suthep Sondhi
Chalerm Prem Chatichai Chavalit Banharn Thanom Sarit Plaek Pridi Anand Surayud
Samak Somchai Arthit Apirat Narongpan Songwit Chaichan Chalermchai Chaiya Chaiwut
Anupong Natthaphon Kittiratt Pheu Thammanat Sirikanya Rangsiman Wiroj Chaithawat
Chayika Sudarat Khunying Ubolratana Sirindhorn Vajiralongkorn Bhumibol Maha Suthida
Bajrakitiyabha Sirivannavari Dipangkorn Kamala Kraisak Nipon Boonsong Chuwit Seripisut
Thongloun Sonexay Saleumxay Bounnhang Pany Xaysomphone Choummaly Khamtai Kaysone
Nouhak Sisavath Somsavat Bouasone Thongsing Phankham Kikeo Alounkeo Sinlavong
Bounthong Vilay Chansamone Sommad Khampheng Thongsavanh Bounkong Thongphanh Phet
Souphanh Khamphao Phouthong Daovong Inpong Bounchanh Sengnouan Chaleun Vongthong
Viengthong Ketsana Sisouk Souvanny Bounleua Khamla Keo Phoxay Bounpheng Phoukhong
Khamphan Bounpone Soukthavone Viengkham Thongchanh Souksavanh Bouangeun Sonethanou
Thongbanh Kommaly Khamsing Phonesavanh Vanxay Bounmy Sengphet Bounkham Kongkham
Sen Manet Manith Kheng Sokha Rainsy Sochua Remy Samrin Pornmoniroth Prasidh Rabun
Banh Sokhonn Chanthol Vissoth Naron Chuon Chhum Namhong Sam An Nhel Chanmony Seiha
Sothea Dimanche Sokhan Sopheak Sophea Sothy Sovann Sovannarith Vuthy Veasna Vannak
Sokhom Bunthoeun Bunrith Chantha Chanthou Dara Kosal Leakhena Mony Narith Pisey
Ratana Rithy Samnang Samphors Sok Sokunthea Sopheap Sopheaktra Sothearith Sovanna
Thida Vanna Vichea Visal Chhay Heng Kimsan Hourn Kimhourn Kimsour Chhuon Nareth
Aung Min Kyaw Htun Win Thein Hlaing Soe Myint Tun Than Shwe Sein Zaw Htay Hla Nyunt
Maung Myo Naing Nyein Thant Thura Khin Moe Ohn Yan Lwin Mya Nay Nyi Oo Pyae Phyo
San Thaung Wai Yin Zin Ko Htin Htoo Kyi Suu Thet Zeya Minn Wunna Tint Ngwe Thiha
Thida Hnin Myat Phyu Thwe Cho Aye Khaing Mon Lin Paing Swe Tin Saw Sai Nang Kyu
Ye Htet Naung Phone Pyi Wunna Zarni Zeyar Myat Thiri Thuzar Thandar Mie Khet Chit
Kyin Bo Nyan Tayza Tha Thwin Sithu Hein Kaung Lynn Lay Ei Phyu Mu
Fumio Shigeru Shinzo Yoshihide Junichiro Taro Kono Yoko Sanae Yoshimasa Toshimitsu
Katsunobu Takeshi Akira Hiroshi Kenji Koichi Naoki Masahiro Yuko Kiyoshi Kazuo Takeo
Noriko Yukio Naoto Yoshihiko Tomoko Keiko Yuki Haruki Hiroki Daisuke Kenta Shota
Takuya Akihiko Nobuo Hideki Masato Satoshi Tetsuya Yoshinori Hirofumi Kotaro
Shunichi Ichiro Masayoshi Tadashi Toshiro Kazuhiro Masaaki Yasuhide Mitsuru Kenichi
Kyoko Akiko Michiko Naruhito Akihito Hisashi Takako Makiko Seiko Kosuke Ryuichi
Hiroyuki Kazunori Koji Shinjiro Yoshitaka Katsuya Tetsuo Ryota Daichi Sho Sota
Yuto Haruto Yui Aoi Hina Rin Mio Sakura Yoshiko Hideo Hideyuki Masako Aiko Kako
Fumihito Hisahito Yasutoshi Minoru Tsuyoshi Yoji Akihiro Nobuyuki Toshihiro Itsunori
Yasukazu Kazuyuki Seiji Takayuki Gen Ryu Tomomi Yoshiaki Yasuo Tomiichi Tsutomu
Morihiro Keizo Ryutaro Yoshiro Kiichi Noboru Masayoshi Kakuei Eisaku Hayato
Nobusuke Yoshimi Kenzaburo Haruka Hikaru Kaoru Makoto Minami Naomi Shinobu Tsubasa
Suk-yeol Jae-in Jae-myung Geun-hye Myung-bak Moo-hyun Dae-jung Young-sam Tae-woo
Doo-hwan Jong-un Jong-il Il-sung Yo-jong Son-hui Yong-ho Kyung-wha Eui-yong
Chung-hee Nak-yon Duck-soo Hak-yong Han-koo Tae-yul Yong-hyun Sung-nam Chan-ho
Ju-ae Kyung-hee Chol-hyok Song-nam Yong-chol Thae Tok-hun Ryong-hae Jong-ho
Jae Suk Yeol Myung Geun Hye Dae Jung Moo Hyun Jong Yo Eun Ji Min Seok Sung
Hoon Jin Woo Dong Sang Chul Kyung Soo Hee Ho Jun Hyuk Ki Tae Hwan Yong Chol Ryong
Hae Nam Kwan Gyu Won Bum Sik Seung Kook Yeon Mi Sun Ja Ok Hui Hyo Joon Hyeon Yeong
Ing-wen Ching-te Ying-jeou Shui-bian Teng-hui Ching-kuo Kai-shek Hsiao-kuang
Chao-tai Chen-chi Cho-jung Hou-yi Li-an Wen-je Chia-lung Hsien-yao Chung-mou
""".split()

# Vietnamese / Chinese-style name syllables commonly used as given names
GIVEN_VI = """
An Anh Bac Bach Bang Bao Bich Binh Cam Canh Chau Chi Chien Chinh Chung Cong Cuong
Dai Dan Dang Danh Dao Dat Diem Dien Diep Dinh Diu Doan Don Dong Du Duc Dung Duong
Duy Gia Giang Giao Ha Hai Han Hang Hanh Hao Hau Hien Hieu Hoa Hoai Hoan Hoang Hoc
Hong Hop Hue Hung Huong Huu Huy Huyen Kha Khai Khang Khanh Khiem Khoa Khoi Khuong
Kien Kim Lam Lan Lang Lap Le Lien Linh Loan Loc Loi Luan Luc Luong Ly Mai Manh Mau
Minh My Nam Nga Nghia Ngoc Nguyet Nhan Nhat Nhi Nhung Ninh Oanh Phat Phong Phu
Phuc Phung Phuoc Phuong Quan Quang Que Quoc Quy Quyen Quynh Sang Sinh Son Sy Tai
Tam Tan Tang Thach Thai Thang Thanh Thao Thi Thien Thin Thinh Tho Thoa Thu Thuan
Thuc Thuong Thuy Tien Tiep Tin Tinh Toan Trac Tran Trang Tri Trieu Trinh Trong
Trung Truong Tu Tuan Tue Tung Tuong Tuyen Tuyet Uyen Van Vi Viet Vinh Vu Xuan Yen
""".split()

# ---------------------------------------------------------------- surnames
# (besides the US census surnames that gen_names.py adds)
SURNAME = """
Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly Vuong Dinh
Trinh Truong Luong Mai Cao Lam Ha Quach Ta Doan Kieu Chu Luu Tong Thai Trieu Giap
Khuc Tang Lai Ton Nong Lu Au Diep Cu Dao Hua Lo Mac Quan Tao Thach Tieu Van Vi
Kim Park Choi Jung Jeong Kang Cho Yoon Yun Jang Lim Han Oh Seo Shin Kwon Hwang
Ahn Song Jeon Hong Yoo Ko Moon Yang Son Bae Baek Heo Nam Noh Ha Kwak Sung Cha Joo
Woo Koo Min Ryu Na Jin Ji Eom Chae Won Cheon Bang Gong Hyun Ham Byun Yeom Yeo
Choo Do Seok Sun Sul Ma Gil Wi Pyo Myung Ki Ban Ra Wang Geum Ok Yook In Maeng Je
Mo Tak Gook Yeon Bong Ri Choe Pak Chon Jo Rim Ryang
Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida
Yamada Sasaki Yamaguchi Matsumoto Inoue Kimura Hayashi Shimizu Yamazaki Mori Abe
Ikeda Hashimoto Yamashita Ishikawa Nakajima Maeda Fujita Ogawa Goto Okada Hasegawa
Murakami Kondo Ishii Saito Sakamoto Endo Aoki Fujii Nishimura Fukuda Ota Miura
Fujiwara Okamoto Matsuda Nakagawa Nakano Harada Ono Tamura Takeuchi Kaneko Wada
Nakayama Ishida Ueda Morita Hara Shibata Sakai Kudo Yokoyama Miyazaki Miyamoto
Uchida Takagi Ando Taniguchi Ohno Maruyama Imai Takada Fujimoto Takeda Murata Ueno
Sugiyama Masuda Sugawara Hirano Otsuka Chiba Kubo Matsui Iwasaki Sakurai Kinoshita
Noguchi Matsuo Nomura Kikuchi Sano Onishi Sugimoto Arai Kishida Ishiba Suga Koizumi
Hatoyama Kan Noda Aso Fukuda Hosokawa Murayama Nakasone Takeshita Miyazawa Obuchi
Mori Motegi Hayashi Kamikawa Iwaya Takaichi Kono Kishi Hamada Nishimura Kato
Matsuno Hagiuda Amari Nikai Edano Izumi Yamaguchi Ozawa Okada Tamaki Baba Yoshimura
Matsui Koike Shii Fukushima Ishihara Inada Onodera Nakatani Kihara Akazawa Muto
Sharma Singh Khan Patel Gupta Kumar Rao Reddy Chowdhury Choudhury Chaudhary Chaudhry
Rahman Hossain Hussain Hasan Ahmed Ali Islam Uddin Alam Chakraborty Banerjee Mukherjee
Chatterjee Bose Das Dutta Ghosh Sen Roy Sarkar Paul Biswas Mandal Mondal Saha Nath
Iyer Iyengar Nair Menon Pillai Naidu Shetty Hegde Kamath Joshi Kulkarni Deshpande
Patil Pawar Jadhav Shinde Gaikwad Chavan Desai Mehta Shah Modi Amin Parikh Trivedi
Pandey Mishra Tiwari Dubey Shukla Tripathi Srivastava Verma Yadav Thakur Chauhan
Rathore Rajput Jain Agarwal Aggarwal Bansal Goel Goyal Mittal Garg Malhotra Kapoor
Khanna Chopra Arora Bhatia Sethi Sood Ahluwalia Grewal Sandhu Sidhu Gill Dhillon
Bajwa Virk Brar Chahal Mann Saini Bhatt Bhattacharya Bhattarai Prasad Sinha Thakur
Gandhi Nehru Vajpayee Advani Shah Jaishankar Sitharaman Goyal Gadkari Scindia Tharoor
Kharge Pawar Thackeray Kejriwal Banerjee Naidu Stalin Adityanath Chouhan Fadnavis
Doval Rijiju Pradhan Vaishnaw Puri Kovind Murmu Dhankhar Birla Chandrachud Kant
Shrestha Thapa Gurung Tamang Magar Rai Limbu Sherpa Adhikari Poudel Paudel Koirala
Bhandari Karki Khadka Basnet Dahal Oli Deuba Prachanda Lamichhane Joshi Pokharel
Perera Fernando Silva Desilva Mendis Jayasuriya Jayawardena Jayawardene Wickremesinghe
Wickramasinghe Rajapaksa Rajapakse Sirisena Premadasa Bandaranaike Kumaratunga
Dissanayake Gunawardena Gunasekara Senanayake Ranasinghe Herath Wijesinghe Peiris
Samaraweera Karunaratne Amarasuriya Sabry Weerasekara Rathnayake Jayatilleke
Sheikh Siddiqui Qureshi Malik Butt Chaudhry Abbasi Bhutto Zardari Sharif Niazi Bajwa
Munir Dar Iqbal Aziz Javed Raza Rizvi Jafri Zaidi Naqvi Gilani Gillani Kazmi Mirza
Baig Awan Khattak Yousafzai Afridi Durrani Achakzai Bugti Marri Mengal Leghari
Mazari Jatoi Soomro Junejo Memon Abro Chandio Kakar Jamali Tarar Jilani Dar
Sanjrani Qadri Mahmud Mahmood Alvi Rabbani Hashmi Shahid Tariq Ashraf Nawaz
Hasina Zia Wazed Yunus Quader Momen Alamgir Mahmud Kamal Ershad Mujib Rahman
Haque Huq Karim Sobhan Talukder Bhuiyan Sikder Molla Mollah Khondker Siddique
Muizzu Solih Nasheed Yameen Gayoom Waheed Shahid Zameer Latheef
Ghani Karzai Akhundzada Muttaqi Haqqani Mujahid Baradar Akhund Hekmatyar Massoud
Dostum Mohaqiq Atmar Wardak Sultanzoy Amrullah Saleh
Tokayev Nazarbayev Mirziyoyev Karimov Rahmon Japarov Tashiev Berdimuhamedov
Atambayev Jeenbekov Niyazov Lukashenko Akayev Aliyev Pashinyan Kocharyan Sargsyan
Saakashvili Ivanishvili Kobakhidze Garibashvili Zourabichvili Kavelashvili
Ivanov Petrov Smirnov Kuznetsov Popov Vasiliev Vasilyev Sokolov Mikhailov Novikov
Fedorov Fyodorov Morozov Volkov Alekseev Alexeyev Lebedev Semenov Semyonov Egorov
Yegorov Pavlov Kozlov Stepanov Nikolaev Nikolayev Orlov Andreev Andreyev Makarov
Nikitin Zakharov Zaitsev Soloviev Solovyov Borisov Yakovlev Grigoriev Romanov
Vorobiev Sergeev Sergeyev Kuzmin Frolov Alexandrov Dmitriev Korolev Gusev Kiselev
Ilyin Maksimov Polyakov Sorokin Vinogradov Kovalev Belov Medvedev Antonov Tarasov
Zhukov Baranov Filippov Komarov Davydov Belyaev Gerasimov Bogdanov Osipov Sidorov
Matveev Titov Markov Mironov Krylov Kulikov Karpov Vlasov Melnikov Denisov Gavrilov
Tikhonov Kazakov Afanasiev Danilov Savelyev Timofeev Fomin Chernov Abramov Martynov
Efimov Fedotov Shcherbakov Nazarov Kalinin Isaev Chernyshev Bykov Maslov Rodionov
Konovalov Lazarev Voronin Klimov Filatov Ponomarev Golubev Kudryavtsev Prokhorov
Naumov Potapov Zhuravlev Ovchinnikov Trofimov Leonov Sobolev Ermakov Kolesnikov
Goncharov Emelyanov Nikiforov Grachev Kotov Grishin Efremov Arkhipov Gromov Kirillov
Malyshev Panov Moiseev Rumyantsev Akimov Kondratiev Biryukov Gorbunov Anisimov
Eremin Tikhomirov Galkin Lukyanov Mikheev Skvortsov Yudin Belousov Nesterov
Putin Lavrov Shoigu Peskov Zakharova Patrushev Naryshkin Bortnikov Mishustin Matviyenko
Volodin Gerasimov Belousov Ryabkov Rudenko Galuzin Nebenzya Zyuganov Zhirinovsky
Slutsky Navalny Kadyrov Sobyanin Kiriyenko Vaino Ushakov Dvorkovich Siluanov Nabiullina
Zelensky Zelenskyy Yermak Kuleba Sybiha Shmyhal Svyrydenko Poroshenko Yanukovych
Tymoshenko Klitschko Zaluzhnyi Syrskyi Budanov Reznikov Umerov Stefanchuk Podolyak
Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko Oliynyk Melnyk Kovalchuk Lysenko
Garcia García Rodriguez Rodríguez Lopez López Martinez Martínez Gonzalez González
Hernandez Hernández Perez Pérez Sanchez Sánchez Ramirez Ramírez Torres Flores
Rivera Gomez Gómez Diaz Díaz Reyes Morales Cruz Ortiz Gutierrez Gutiérrez Chavez
Chávez Ramos Ruiz Alvarez Álvarez Mendoza Castillo Jimenez Jiménez Moreno Romero
Herrera Medina Aguilar Vargas Guzman Guzmán Munoz Muñoz Castro Fernandez Fernández
Rojas Vasquez Vásquez Vazquez Vázquez Salazar Silva Suarez Suárez Delgado Ortega
Navarro Dominguez Domínguez Sandoval Molina Soto Contreras Estrada Rios Ríos Guerrero
Nunez Núñez Mejia Mejía Rosales Figueroa Cabrera Campos Vega Fuentes Carrillo
Espinoza Acosta Cortes Cortés Pena Peña Lara Marquez Márquez Ibarra Valdez Cardenas
Cárdenas Sosa Santiago Montoya Bautista Serrano Luna Maldonado Blanco Gil Sanz Iglesias
Prieto Calvo Cano Garrido Gallego Vidal Leon León Pascual Herrero Santana Lorenzo Marin
Marín Rubio Nieto Benitez Benítez Sáez Saez Crespo Caballero Esteban Pastor Hidalgo
Santos Oliveira Souza Sousa Lima Pereira Costa Carvalho Almeida Ferreira Rodrigues
Alves Gomes Ribeiro Martins Araujo Araújo Barbosa Rocha Dias Nascimento Moreira
Cardoso Teixeira Correia Mendes Nunes Soares Vieira Monteiro Pinto Freitas Lopes
Machado Fonseca Azevedo Cavalcanti Cunha Campos Moura Batista Fernandes Goncalves
Gonçalves Marques Pires Magalhaes Magalhães Coelho Andrade Tavares Sampaio Guimaraes
Guimarães Lula Bolsonaro Rousseff Temer Cardoso Haddad Alckmin Vieira Amorim Moraes
Milei Fernandez Kirchner Macri Massa Boric Kast Piñera Bachelet Petro Duque
Uribe Santos Maduro Chavez Cabello Machado Guaido Guaidó Lopez Obrador Sheinbaum
Ebrard Calderon Calderón Fox Pena Noboa Lasso Correa Arce Morales Anez Áñez Boluarte
Castillo Vizcarra Humala Fujimori Ortega Murillo Bukele Castro Diaz-Canel Díaz-Canel
Ortega Arevalo Arévalo Giammattei Mulino Cortizo Abinader Lacalle Orsi Vazquez Mujica
Pena Peña Lugo Cartes Morales Hernandez
Müller Mueller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann
Schäfer Schaefer Koch Bauer Richter Klein Wolf Schröder Schroeder Neumann Schwarz
Zimmermann Braun Krüger Krueger Hofmann Hartmann Lange Schmitt Werner Schmitz Krause
Meier Lehmann Schmid Schulze Maier Köhler Koehler Herrmann König Koenig Walter Mayer
Huber Kaiser Fuchs Peters Lang Scholz Möller Moeller Weiß Weiss Jung Hahn Schubert
Vogel Friedrich Keller Günther Guenther Frank Berger Winkler Roth Beck Lorenz
Baumann Franke Albrecht Schuster Simon Ludwig Böhm Boehm Winter Kraus Martin Schumacher
Merkel Steinmeier Baerbock Habeck Lindner Merz Söder Soeder Pistorius Faeser Wadephul
Klingbeil Esken Weidel Chrupalla Wagenknecht Kohl Brandt Adenauer Schäuble Gauck Wulff
Dubois Durand Lefebvre Leroy Moreau Laurent Michel Garnier Faure Rousseau Blanc Guerin
Guérin Muller Henry Roussel Nicolas Perrin Morin Mathieu Clement Clément Gauthier
Dumont Lopez Fontaine Chevalier Robin Masson Sanchez Gerard Gérard Nguyen Boyer
Denis Lemaire Duval Joly Gautier Roger Roche Roy Noel Noël Meyer Lucas Meunier Jean
Perez Marchand Dufour Blanchard Brun Barbier Arnaud Giraud Mercier Dupont Bertrand
Macron Philippe Castex Borne Attal Barnier Bayrou Lecornu Darmanin Le_Pen Bardella
Melenchon Mélenchon Hollande Sarkozy Chirac Mitterrand Villepin Fabius Ayrault Valls
Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo
Conti Costa Giordano Mancini Rizzo Lombardi Moretti Barbieri Fontana Santoro Mariani
Rinaldi Caruso Ferrara Galli Martini Leone Longo Gentile Martinelli Vitale Lombardo
Serra Coppola Desantis Marchetti Parisi Villa Conte Ferraro Ferri Fabbri Bianco
Marini Grasso Valentini Messina Sala Deangelis Gatti Pellegrini Palumbo Sanna Farina
Meloni Draghi Salvini Tajani Crosetto Mattarella Renzi Berlusconi Prodi Gentiloni
Letta Schlein Giorgetti Piantedosi Nordio Lollobrigida Calenda
Jansen Janssen Visser Smit Bakker Mulder Bos Vos Dekker Dijkstra Vermeulen Vandenberg
Rutte Schoof Wilders Timmermans Hoekstra Stoltenberg Solberg Store Støre Frederiksen
Rasmussen Jensen Nielsen Hansen Pedersen Andersen Christensen Larsen Sorensen Sørensen
Johansson Andersson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson
Pettersson Jonsson Kristersson Löfven Lofven Andersson Billstrom Bildt Kallas Karis
Niinisto Niinistö Stubb Orpo Marin Virtanen Korhonen Makinen Nieminen Hamalainen
Nowak Kowalski Wisniewski Wiśniewski Wojcik Wójcik Kowalczyk Kaminski Kamiński
Lewandowski Zielinski Zieliński Szymanski Szymański Wozniak Woźniak Dabrowski Kozlowski
Tusk Duda Morawiecki Kaczynski Kaczyński Sikorski Nawrocki Trzaskowski Hołownia Kosiniak-Kamysz
Novak Horvat Kovac Kovač Nagy Kovacs Kovács Toth Tóth Szabo Szabó Horvath Horváth
Varga Kiss Molnar Molnár Nemeth Németh Farkas Balogh Orban Orbán Szijjarto Szijjártó
Fico Pellegrini Babis Babiš Fiala Pavel Zeman Lipavsky Vucic Vučić Dacic Dačić Brnabic
Plenkovic Plenković Milanovic Milanović Pahor Golob Musar Radev Zhelyazkov Iohannis
Ciolacu Sandu Recean Dodon Voronin Rama Begaj Kurti Osmani Vucic Dodik
Papadopoulos Papadakis Mitsotakis Tsipras Karamanlis Dendias Gerapetritis Christodoulides
Anastasiades Erdogan Erdoğan Fidan Cavusoglu Çavuşoğlu Davutoglu Davutoğlu Yildirim
Yıldırım Kilicdaroglu Kılıçdaroğlu Ozel Özel Imamoglu İmamoğlu Bahceli Bahçeli Akar
Guler Güler Kalin Kalın Yilmaz Yılmaz Kaya Demir Sahin Şahin Celik Çelik Yildiz Yıldız
Ozturk Öztürk Aydin Aydın Ozdemir Özdemir Arslan Dogan Doğan Kilic Kılıç Aslan Cetin
Çetin Kara Koc Koç Kurt Ozkan Özkan Simsek Şimşek Polat Korkmaz Karakaya Aksoy
Abbas Assad Nasrallah Qassem Hamdan Haniyeh Sinwar Mashal Meshaal Zahar Marzouk
Netanyahu Gantz Lapid Bennett Herzog Gallant Katz Saar Ben-Gvir Smotrich Olmert Sharon
Peres Rabin Barak Eisenkot Lieberman Liberman Dermer Halevi Zamir Cohen Levi Levy
Mizrahi Peretz Biton Dahan Avraham Friedman Shapiro Goldberg Katz Azoulay Amar
Shtayyeh Mustafa Erekat Maliki Shaath Dahlan Barghouti Rajoub Sheikh Hamdallah
Rouhani Raisi Pezeshkian Khamenei Khomeini Zarif Araghchi Amir-Abdollahian Larijani
Ghalibaf Qalibaf Jalili Mokhber Aref Velayati Soleimani Salami Bagheri Baqeri Kani
Ahmadinejad Khatami Rafsanjani Mousavi Karroubi Rezaei Kanaani Baghaei Hosseini
Mohammadi Ahmadi Karimi Rahimi Jafari Hashemi Moradi Mousavi Sadeghi Rezaei Ebrahimi
Sisi Mubarak Morsi Sadat Nasser Shoukry Abdelatty Madbouly Shoukri Aboul-Gheit
Gheit Moussa Elaraby Sabahi Tantawi Sobhi Zaki
Saud Salman Faisal Bandar Turki Nayef Jubeir Adel Al-Jubeir Al-Saud Al-Thani Thani
Nahyan Maktoum Rashid Khalifa Zayed Hamdan Qasimi Nuaimi Mualla Sharqi Gargash
Gargash Nahyan Sabah Jaber Ahmad Mishal Nawaf Busaidi Said Tarik Haitham Badr
Hamad Khalifa Maliki Sudani Kadhimi Abadi Allawi Jaafari Talabani Barzani Sadr Hakim
Halbousi Mashhadani Fuad Hussein Hussein Saddam Aoun Salam Mikati Hariri Berri Bassil
Geagea Jumblatt Frangieh Sfeir Rai Safadi Khasawneh Hassan Rawabdeh Abdullah
Bourita Akhannouch Tebboune Attaf Chengriha Saied Saïed Bouden Zenaidi Dbeibah Haftar
Menfi Sarraj Burhan Hemedti Dagalo Hamdok Bashir Kiir Machar Mayardit Abiy Ahmed
Kenyatta Ruto Odinga Gachagua Mudavadi Museveni Kagame Tshisekedi Kabila Ndayishimiye
Suluhu Magufuli Kikwete Mnangagwa Mugabe Chamisa Hichilema Lungu Ramaphosa Zuma
Mbeki Mandela Malema Motsoaledi Pandor Lamola Mashatile Tinubu Buhari Obasanjo Jonathan
Atiku Shettima Osinbajo Tuggar Akufo-Addo Mahama Bawumia Ouattara Gbagbo Bedie Faye
Sall Sonko Diomaye Tiani Traore Traoré Goita Goïta Deby Déby Kaka Biya Tshisekedi
Touadera Touadéra Nguesso Sassou Obiang Oligui Nguema Bongo Talon Gnassingbe Gnassingbé
Boakai Weah Sirleaf Bio Doumbouya Conde Condé Embalo Embaló Neves Lourenco Lourenço
Nyusi Chapo Mutharika Chakwera Masisi Boko Hage Geingob Mbumba Nandi-Ndaitwah Rajoelina
Ghazouani Abdelaziz Guelleh Afwerki Isaias Hassan Sheikh Mohamud Farmaajo Bihi Abdi
Okafor Okonkwo Adeyemi Ogunleye Balogun Adebayo Mohammed Bello Musa Abubakar Ibrahim
Suleiman Yusuf Aliyu Danjuma Eze Nwosu Okeke Chukwu Obi Onyeka Mensah Asante Boateng
Owusu Osei Appiah Agyeman Darko Kamau Mwangi Otieno Ochieng Wanjiru Kiprop Kipchoge
Mutua Njoroge Odhiambo Ndlovu Dlamini Nkosi Khumalo Mokoena Mahlangu Naidoo Pillay
Moyo Banda Phiri Mwale Tembo Zulu Mbeki Sithole Mthembu Ngcobo Diallo Diop Ndiaye
Fall Sow Ba Camara Toure Touré Keita Keïta Kone Koné Coulibaly Diarra Cisse Cissé
Sylla Bah Barry Sangare Sangaré Ouedraogo Ouédraogo Kabore Kaboré Sawadogo Zongo
Kagame Nkurunziza Habyarimana Mukamana Uwimana Niyonzima Hakizimana
Chan-o-cha Chan-ocha Shinawatra Wongsuwan Vejjajiva Leekpai Thavisin Sarasin
Charnvirakul Sirivadhanabhakdi Chirathivat Chearavanont Bhirombhakdi Limjaroenrat
Juangroongruangkit Sangiampongsa Wechayachai Panyarachun Chidchob Chulanont
Wongsawat Sundaravej Kraprayoon Thaugsuban Bahiddha-nukara Pramudwinai Krea-ngam
Thepsutin Chunhavajira Phuangketkeow Saikua Chaisang Laksanawisit Panitchpakdi
Sathirathai Piromya Tovichakchaikul Sangrat Sittipunt Yubamrung Limthongkul
Tinsulanonda Kittikachorn Thanarat Songkhram Phanomyong Suchinda Yongchaiyudh
Choonhavan Silpa-archa Sundaravej Wongsawat Matha Sirikul Tiyapairat Pipatanasai
Jantawong Kongsompong Chansiri Promphan Sapthu Siriwat Sripoom Rakchart Chinnawat
Siphandone Vorachith Sisoulith Kommasith Sayasone Phomvihane Chounlamany Douangdy
Thammavong Vongsay Keomany Saysompheng Sengdouangchanh Yathotou Phoumsavanh
Keobounphanh Lengsavad Bouphavanh Viphavanh Khaykhamphithoune Kittikhoun
Khoutphaythoune Chitmany Lakhamfong Chanyalath Pholsena Syhavong Savanphet
Phimmasone Inthavong Keovongvichith Sinxayvolavong Soukhaseum Vongphachanh
Sengsouvanh Phommachanh Phongsavanh Souvannavong Soulivong Sisane Bounyavong
Phoumivong Khounnivong Thongphachanh Sayavong Sengmany Phetsavong Keophilavanh
Hun Sar Men Say Tea Prak Kem Sam Mu Keo Chea Aun Cham Ouk Kao Hor Nguon Pich Yim
Sok Chan Hang Heng Kong Lim Ly Meas Nhem Ouch Pen Ros Seng Sim Sin Som Srey Tep
Thach Ung Uch Ven Yos Yun Vongsey Chhim Khieu Ieng Nuon Duch Sihanouk Sihamoni
Ranariddh Norodom Sisowath
Widodo Subianto Soekarno Sukarno Soeharto Suharto Habibie Wahid Sukarnoputri
Yudhoyono Kalla Rakabuming Marsudi Sugiono Indrawati Pandjaitan Hartarto Baswedan
Pranowo Iskandar Maharani Prasetyo Setiawan Santoso Wijaya Kusuma Hidayat Siregar
Nasution Harahap Simanjuntak Sitompul Tanjung Lubis Hutapea Sihombing Saragih Purba
Sinaga Ginting Gultom Pane Marpaung Hutagalung Tambunan Panjaitan Pardede Situmorang
Wibowo Susanto Kurniawan Pratama Saputra Nugroho Hakim Putra Hermawan Sutanto
Gunawan Purnomo Sasongko Soebandrio Sudarsono Suryadi Sumarno Suparno Suharso
Uno Thohir Lahadalia Suparman Djojohadikusumo Hasibuan Sitorus Manurung Napitupulu
Matondang Damanik Silalahi Tarigan Sembiring Surbakti Wahyudi Syahrial Effendi
Ibrahim Mohamad Yassin Razak Hamidi Yaakob Ramli Jamaluddin Hussein Aziz Hasan
Shari Noor Awang Abdullah Abdul Ahmad Osman Othman Yusof Idris Ismail Zakaria
Mustapha Sulaiman Salleh Hashim Harun Jaafar Kassim Mahmud Rahman Hamzah Musa
Nasir Rahim Ariffin Anuar Abidin Zainal Mokhtar Nordin Razali Rosli Saad Yunus
Marcos Duterte Aquino Arroyo Estrada Ramos Macapagal Magsaysay Quezon Romualdez
Manalo Teodoro Lazaro Año Remulla Recto Escudero Zubiri Hontiveros Pimentel
Villar Poe Cayetano Tulfo Pacquiao Lacson Robredo Pangilinan Drilon Enrile Sotto
Santos Reyes Cruz Bautista Ocampo Garcia Mendoza Torres Tomas Andres Castro
Villanueva Navarro Salazar Mercado Aguilar Flores Gonzales Sy Co Gokongwei Locsin
Lorenzana Esperon Año Bersamin Marcos Zamora Angara Gatchalian Binay Legarda
Marcoleta Belmonte Velasco Padilla Revilla Ejercito Estrada Go Honasan Trillanes
Bolkiah Erywan Liew
Gusmao Gusmão Ramos-Horta Ruak Alkatiri Guterres Araujo Araújo Magno Belo Pereira
Magalhães Magalhaes Babo Soares Alves Ximenes Amaral Carrascalão Fernandes
Lee Wong Shanmugaratnam Balakrishnan Yacob Heng Ong Chan Teo Shanmugam Ng Tong Yeo
Goh Lim Koh Tan Tay Singh Chee Soon Fu Puthucheary Zulkifli Masagos Gan Iswaran
Khaw Lui Yaacob Jayakumar Sitoh Sim Seah Chua Loke
Khurelsukh Oyun-Erdene Zandanshatar Battulga Elbegdorj Enkhbayar Bagabandi
Gombojav Amarsaikhan Batbayar Battsetseg Luvsannamsrai Batmunkh Jargalsaikhan
""".split()

# ---------------------------------------------------------------- particles
PARTICLE = """
de da dos das do del della delle degli di du van von der den le la les bin binti
bint ibn al el ben abu ter ten y e dela mac ap bte bt b. bn van_der van_den von_der
de_la de_los de_las
""".split()

# ---------------------------------------------------------------- honorifics
# Words written before a name that are not part of it. Positions (President,
# Ambassador, King) are roles, not honorifics: they are titles in the output.
# Honorifics that are also common name syllables (Vietnamese Ong/Ba/Anh, Korean
# Ahn, South Asian Syed/Mirza/Raja) are left out: they would cut names apart.
HONORIFIC = """
Mr Mr. Mrs Mrs. Ms Ms. Madam Madame Mme Mme. Mlle Dr Dr. Prof Prof. Professor
Comrade Sir Dame Lord Lady H.E. HE His_Excellency Her_Excellency Excellency
His_Majesty Her_Majesty His_Royal_Highness Her_Royal_Highness His_Highness
Her_Highness Sheikh Sheikha Shaikh Datuk Dato Dato' Dato’ Datin Datuk_Seri
Dato'_Seri Dato’_Seri Datuk_Seri_Panglima Tan_Sri Puan_Sri Toh_Puan Pehin Dasho
Aunty U Daw Khun Samdech Samdech_Akka_Moha_Sena_Padei_Techo Lok_Chumteav Oknha
Excellency Bapak Haji Mister Miss Rev. Rev Reverend Fr. Imam Ayatollah
Grand_Ayatollah Hojatoleslam Mufti Rabbi Lt. Lt Lieut. Gen. Gen Col. Col Maj. Maj
Capt. Capt Adm. Adm Brig. Brig Sgt. Sgt Cpl. Pvt. Cmdr. Cdr. Lt._Gen. Maj._Gen.
Brig._Gen. Lt._Col. Vice_Adm. Rear_Adm. General Senior_General Vice-Senior_General
Vice_Senior_General Marshal Field_Marshal Air_Marshal Air_Chief_Marshal Brigadier
Brigadier_General Major_General Lieutenant_General Colonel Lieutenant_Colonel
Admiral Vice_Admiral Rear_Admiral Commodore Hon. Hon Honourable Honorable
The_Honourable The_Honorable Rt._Hon. Right_Honourable Venerable Ven. Most_Venerable
Bhikkhu Ajahn Shrimati Smt. Smt Chaudhry Thiruvalar Atty. Atty Engr. Engr Abang
Encik Cik Nyonya Saudara Saudari Yang_Berhormat Yang_Amat_Berhormat Yang_Mulia
Yang_di-Pertuan_Agong Monsignor Msgr. Fräulein Signor Signora Signore Señor Señora
Señorita Senor Senora Senhor Senhora Monsieur Messrs. Gospodin Gospozha Tovarishch
Sensei Mahamahim Yang_Terhormat Bapak_Presiden Ir. Drs. Dra. Hj. S.H. Prof._Dr.
Datuk_Seri_Utama Tan_Sri_Dato' Dato'_Sri Datuk_Wira Dato'_Paduka Yang_Berbahagia
""".split()

# ---------------------------------------------------------------- English-word census names kept
# US census names that are also lower-case dictionary words but are used far
# more often as names; every other such name is dropped.
GIVEN_WORDLIKE_KEEP = """
John Mark Frank Peter Roger Jack Terry Harry Billy Randy Bobby Victor Martin Jimmy
Tony Mike Lee Ray Don Troy Jay Tom Bill Warren Derrick Glen Hector Rick Gene Angel
Brad Lance Max Ken Bob Wade Nick Homer Matt Ed Robin Noel Drew Josh Pat Clay Heath
Rocky Mickey Chuck Jasper Curt Rod Rob Marlin Cliff Mason Reed Basil Eddy Emery
Clement Barney Art Beau Dick Hunter Dirk Sonny Freeman Carmine Brooks Sandy Carol
Foster Berry Tanner Jarred Tad Maria Newton Hank Waldo Walker Heather Rose Bonnie
Ruby Crystal Grace Sherry Hazel Amber Sally Holly Sue Rosemary Pearl Colleen Viola
Myrtle Patsy Penny Brandy Violet Daisy Margarita Iris Opal Melody Flora Patty
Jasmine Ginger Olive Ebony Marina Jewel Laurel Fern Candy Ester Lily Lea Dolly
Dale Ivy Aline Savannah Cherry Lacy Beryl Phoebe Rhea Fanny Kitty Jade Sierra Belle
Birdie Christen Barb Chastity Raven Sunny Brook Fawn Marquis
""".split()

SURNAME_WORDLIKE_KEEP = """
Smith Miller Martin Lee Walker Hall Wright Brown Baker Turner Rogers Reed Cooper Cox
Brooks Sanders Butler Foster Griffin Ford Fisher Freeman Tucker Porter Hunter Hicks
Mason Warren Pierce Berry Ray Hart Carpenter Weaver Sims Peters Wheeler Fuller Lynch
Welch Bowman Brewer Terry Wade Watts Bates Hale Beck Bush Hardy Curry Barker Chandler
Barber Reeves Garner Moss Manning Newton Cannon Potter Moody Stokes Gill Parsons Frank
Drake Park Sparks Huff Bowers Singleton Hogan Collier Summers Davenport Gates Clay
Sawyer Wolf Morrow Ware Combs Heath Dyer Grimes Shepherd Garrison Savage Bullock
Beard Johns Tanner Winters Gentry Sexton Hull Browning Leach Sellers Herring Bean
Spears Frost Valentine Moon Berg Roach Meadows Cherry Peck Carver Bray Stout Hopper
Stein Bender Crane Sears Mayo Wilder Holder Stark Fry Riddle Cote Snider Hays Pate
Madden Workman Dale Finch Franks Foreman Noel Rouse Arroyo Archer Bland Swain
Proctor Bacon Helms Villa Shoemaker Chamberlain Downing Gore Harden Pike Butts
Gibbons Hickey Emery Crouch Lam Arias Roe Groves Clement Dickey Garland Sterling Lacy
Ho Piper Drew Fink Billings Givens Smiley Bower Dukes Ricks Mead Dodge Trotter
Stiles Joiner Peacock Stringer Weir Eddy Khan Shaver Chin Looney Salter Busby Gage
Dowdy Shearer Hanks Goldsmith Boles Hinds Barrios Tang Watt Storey Shah Barney Lopes
Craven Wagoner Pease Tan Pence Chow
""".split()

# census spellings that need their apostrophe or inner capital back
CENSUS_FIX = {
    "Obrien": "O'Brien", "Oconnor": "O'Connor", "Oneal": "O'Neal", "Oneil": "O'Neil",
    "Oneill": "O'Neill", "Odonnell": "O'Donnell", "Oconnell": "O'Connell",
    "Obryan": "O'Bryan", "Okeefe": "O'Keefe", "Orourke": "O'Rourke", "Ohara": "O'Hara",
    "Oleary": "O'Leary", "Omalley": "O'Malley", "Odaniel": "O'Daniel", "Oquinn": "O'Quinn",
    "Odell": "Odell", "Dangelo": "D'Angelo", "Damico": "D'Amico", "Delacruz": "De la Cruz",
    "Deleon": "De Leon", "Delarosa": "De la Rosa", "Desantis": "DeSantis",
    "Lafleur": "LaFleur", "Leblanc": "LeBlanc", "Lebeau": "LeBeau",
}
