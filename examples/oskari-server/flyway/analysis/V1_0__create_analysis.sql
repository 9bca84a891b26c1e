CREATE TABLE analysis (
    id bigserial PRIMARY KEY,
    uuid character varying(64),
    name character varying(256) NOT NULL,
    layer_id integer,
    analyse_json text,
    style_id bigint,
    created timestamp with time zone NOT NULL DEFAULT now(),
    updated timestamp with time zone
);

CREATE TABLE analysis_data (
    id bigserial PRIMARY KEY,
    analysis_id bigint NOT NULL REFERENCES analysis(id) ON DELETE CASCADE,
    uuid character varying(64),
    t1 text,
    n1 numeric,
    geometry text NOT NULL,
    created timestamp with time zone NOT NULL DEFAULT now(),
    updated timestamp with time zone
);
