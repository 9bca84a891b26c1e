CREATE TABLE victim (id int);
