-- core_t_418: table 418 of the core module
CREATE TABLE core_t_418 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_418_name_idx ON core_t_418 (name);
INSERT INTO core_t_418 (name) VALUES ('first row of core_t_418'), ('second row');
