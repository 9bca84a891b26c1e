CREATE TABLE oskari_maplayer (
    id serial PRIMARY KEY,
    type varchar(50) NOT NULL,
    name text NOT NULL,
    url text
);
