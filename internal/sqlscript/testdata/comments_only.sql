-- Nothing to do here; only comments /* and */ empty statements
/* a; b */ ;;
;
