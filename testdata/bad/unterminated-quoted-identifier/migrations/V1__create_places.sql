CREATE TABLE "places (id int);
