-- core_t_626: table 626 of the core module
CREATE TABLE core_t_626 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_626_name_idx ON core_t_626 (name);
INSERT INTO core_t_626 (name) VALUES ('first row of core_t_626'), ('second row');
