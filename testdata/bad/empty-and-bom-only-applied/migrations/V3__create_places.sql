CREATE TABLE places (id int);
CREATE TABLE places (id int);
