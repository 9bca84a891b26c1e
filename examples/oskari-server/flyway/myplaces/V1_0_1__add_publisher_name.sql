ALTER TABLE categories ADD COLUMN publisher_name character varying(256);
