CREATE TABLE user_layer (
    id serial PRIMARY KEY,
    uuid varchar(64) NOT NULL,
    layer_name text NOT NULL,
    fields jsonb NOT NULL DEFAULT '[]'
);
