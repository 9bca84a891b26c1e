-- core_t_260: table 260 of the core module
CREATE TABLE core_t_260 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_260_name_idx ON core_t_260 (name);
INSERT INTO core_t_260 (name) VALUES ('first row of core_t_260'), ('second row');
