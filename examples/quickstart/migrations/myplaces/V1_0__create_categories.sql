CREATE TABLE categories (
    id serial PRIMARY KEY,
    uuid varchar(64) NOT NULL,
    category_name text NOT NULL,
    updated timestamp with time zone
);
