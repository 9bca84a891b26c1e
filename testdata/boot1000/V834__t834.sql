-- core_t_834: table 834 of the core module
CREATE TABLE core_t_834 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_834_name_idx ON core_t_834 (name);
INSERT INTO core_t_834 (name) VALUES ('first row of core_t_834'), ('second row');
