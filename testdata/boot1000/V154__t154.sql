-- core_t_154: table 154 of the core module
CREATE TABLE core_t_154 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_154_name_idx ON core_t_154 (name);
INSERT INTO core_t_154 (name) VALUES ('first row of core_t_154'), ('second row');
