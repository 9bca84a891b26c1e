-- core_t_290: table 290 of the core module
CREATE TABLE core_t_290 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_290_name_idx ON core_t_290 (name);
INSERT INTO core_t_290 (name) VALUES ('first row of core_t_290'), ('second row');
