SET statement_timeout = '20ms';
SELECT pg_sleep(2);
