-- core_t_946: table 946 of the core module
CREATE TABLE core_t_946 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_946_name_idx ON core_t_946 (name);
INSERT INTO core_t_946 (name) VALUES ('first row of core_t_946'), ('second row');
