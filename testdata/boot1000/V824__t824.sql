-- core_t_824: table 824 of the core module
CREATE TABLE core_t_824 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_824_name_idx ON core_t_824 (name);
INSERT INTO core_t_824 (name) VALUES ('first row of core_t_824'), ('second row');
