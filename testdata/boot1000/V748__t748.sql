-- core_t_748: table 748 of the core module
CREATE TABLE core_t_748 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_748_name_idx ON core_t_748 (name);
INSERT INTO core_t_748 (name) VALUES ('first row of core_t_748'), ('second row');
