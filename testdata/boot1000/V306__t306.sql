-- core_t_306: table 306 of the core module
CREATE TABLE core_t_306 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_306_name_idx ON core_t_306 (name);
INSERT INTO core_t_306 (name) VALUES ('first row of core_t_306'), ('second row');
