-- core_t_76: table 76 of the core module
CREATE TABLE core_t_76 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_76_name_idx ON core_t_76 (name);
INSERT INTO core_t_76 (name) VALUES ('first row of core_t_76'), ('second row');
