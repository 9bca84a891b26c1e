CREATE TABLE scratch (a int);
ALTER TABLE scratch RENAME TO scratch2;
