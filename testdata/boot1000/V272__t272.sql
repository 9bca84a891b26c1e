-- core_t_272: table 272 of the core module
CREATE TABLE core_t_272 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_272_name_idx ON core_t_272 (name);
INSERT INTO core_t_272 (name) VALUES ('first row of core_t_272'), ('second row');
