-- core_t_838: table 838 of the core module
CREATE TABLE core_t_838 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_838_name_idx ON core_t_838 (name);
INSERT INTO core_t_838 (name) VALUES ('first row of core_t_838'), ('second row');
