-- core_t_772: table 772 of the core module
CREATE TABLE core_t_772 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_772_name_idx ON core_t_772 (name);
INSERT INTO core_t_772 (name) VALUES ('first row of core_t_772'), ('second row');
