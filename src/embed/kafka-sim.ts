// The single-file embed script (dist/embed/kafka-sim.js). It exports nothing, so the IIFE bundle
// adds no global: the only name it leaves on the page is the <kafka-sim> element.
import './element.tsx';
