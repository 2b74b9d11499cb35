$TTL 60
@        900    SOA ns-2048.awsdns-64.com. awsdns-hostmaster.amazon.com. 1 7200 900 1209600 300
@        172800 NS  ns-2048.awsdns-64.com.
@        172800 NS  ns-2049.awsdns-65.net.
www      60     DYNA simplefo!www
alias    300    CNAME www
a.b      60     A   192.0.2.77
child    3600   NS  ns1.child-dns.example.net.
