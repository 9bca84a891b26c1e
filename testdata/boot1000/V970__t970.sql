-- core_t_970: table 970 of the core module
CREATE TABLE core_t_970 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_970_name_idx ON core_t_970 (name);
INSERT INTO core_t_970 (name) VALUES ('first row of core_t_970'), ('second row');
