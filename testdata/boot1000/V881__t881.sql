-- core_t_881: table 881 of the core module
CREATE TABLE core_t_881 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_881_name_idx ON core_t_881 (name);
