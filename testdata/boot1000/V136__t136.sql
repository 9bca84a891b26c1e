-- core_t_136: table 136 of the core module
CREATE TABLE core_t_136 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_136_name_idx ON core_t_136 (name);
INSERT INTO core_t_136 (name) VALUES ('first row of core_t_136'), ('second row');
