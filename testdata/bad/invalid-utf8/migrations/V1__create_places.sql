CREATE TABLE places (id int, name text);
-- seed
INSERT INTO places VALUES (1, 'J‰rvenp‰‰');
