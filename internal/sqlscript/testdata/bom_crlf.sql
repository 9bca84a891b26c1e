-- Käyttäjät: BOM, CRLF line endings and no final newline
CREATE TABLE oskari_users (
  id serial PRIMARY KEY,
  user_name text NOT NULL, -- "käyttäjä"
  first_name text
);
INSERT INTO oskari_users (user_name, first_name) VALUES ('admin', 'Äijä;'), ('guest', E'rivi1\r\nrivi2');
/* multi-line
 comment ; */
UPDATE oskari_users SET first_name = 'Öljy' WHERE user_name = 'guest';
SELECT user_name, first_name FROM oskari_users ORDER BY 1