CREATE TABLE legacy_data (id int);
