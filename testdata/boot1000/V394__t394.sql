-- core_t_394: table 394 of the core module
CREATE TABLE core_t_394 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_394_name_idx ON core_t_394 (name);
INSERT INTO core_t_394 (name) VALUES ('first row of core_t_394'), ('second row');
