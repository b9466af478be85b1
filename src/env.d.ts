/// <reference types="astro/client" />
declare namespace App {
  interface Locals {
    /** Set by each single-language page file (openPage) before it renders; read through pageContext(). */
    pageContext?: import('./astro/page-context').PageContext;
  }
}
