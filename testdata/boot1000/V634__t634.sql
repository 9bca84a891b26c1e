-- core_t_634: table 634 of the core module
CREATE TABLE core_t_634 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_634_name_idx ON core_t_634 (name);
INSERT INTO core_t_634 (name) VALUES ('first row of core_t_634'), ('second row');
