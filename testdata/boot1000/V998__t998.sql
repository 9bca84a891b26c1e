-- core_t_998: table 998 of the core module
CREATE TABLE core_t_998 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_998_name_idx ON core_t_998 (name);
INSERT INTO core_t_998 (name) VALUES ('first row of core_t_998'), ('second row');
