CREATE TABLE oskari_users (
    id serial PRIMARY KEY,
    user_name varchar(128) NOT NULL UNIQUE,
    created timestamp with time zone NOT NULL DEFAULT now()
);
